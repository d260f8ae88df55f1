import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented county news where the extractor's attribution went wrong or found nobody, though the
// speaker is named beside the quotation.
const water = article(
  'water',
  'The county closed two wells on Monday after the tests came back.\n\n' +
    'Hydrologist Ana Reyes said the wells had been failing for years.\n\n' +
    '"Those pipes were rotting long before anybody looked," she said.\n\n' +
    '"We will reopen the library in June," said Mayor Tom Kell.\n',
);
const vote = article(
  'vote',
  'The turnout in the east ward surprised the pollster Lia Brandt: "Young renters came out in numbers nobody expected."\n\n' +
    'Reyes was criticised by the mayor on Tuesday. "Her numbers on the wells are wrong," Kell said.\n',
);
const reyes = person('Ana Reyes', ['Reyes']);
const kell = person('Tom Kell', ['Kell']);
const index = indexOf(
  [water, vote],
  [
    // Credited to the mayor through "she said": the sentence before names who spoke.
    quoteIn(water, 'Those pipes were rotting long before anybody looked', 'Tom Kell', 0),
    quoteIn(water, 'We will reopen the library in June', 'Tom Kell', 1),
    // Credited to nobody: the passage names who spoke.
    quoteIn(vote, 'Young renters came out in numbers nobody expected', null, 0),
    // Credited by name to the mayor, about Reyes.
    quoteIn(vote, 'Her numbers on the wells are wrong', 'Tom Kell', 1),
  ],
  [reyes, kell],
);

const texts = (topic: string, speaker: string): string[] => quote(index, topic, speaker).results.map((r) => r.text);

describe('/quote with a speaker finds their quotation credited to someone else when the sentence before names them', () => {
  it('finds the quotation a pronoun gave to another speaker', () => {
    expect(texts('decaying water pipes', 'Ana Reyes')).toContain('Those pipes were rotting long before anybody looked');
  });

  it('ranks it below what the speaker is credited with, and the credited speaker still has it', () => {
    expect(texts('decaying water pipes', 'Kell')[0]).toBe('Those pipes were rotting long before anybody looked');
  });

  it('does not give a speaker a quotation whose passage names the one it is credited to', () => {
    expect(texts('wrong figures on the wells', 'Reyes')).not.toContain('Her numbers on the wells are wrong');
  });
});

describe('/quote with a speaker no quotation is credited to', () => {
  it('finds an unattributed quotation whose passage names them, and says so', () => {
    const a = quote(index, 'young tenants turning out to vote', 'Brandt');
    expect(a.found).toBe(true);
    expect(a.results.map((r) => r.text)).toEqual(['Young renters came out in numbers nobody expected']);
    expect(a.answer).toMatch(/named beside/);
  });

  it('still says nobody of that name is quoted when no quotation on the topic names them', () => {
    const a = quote(index, 'library opening', 'Brandt');
    expect(a.found).toBe(false);
    expect(a.message).toMatch(/No speaker called/);
  });
});
