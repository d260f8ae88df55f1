import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented harbour news: a pronoun cue right after a sentence that names its speaker outside a
// short quotation of theirs, which the extractor credited to someone else.
const harbour = article(
  'harbour',
  'The harbour board met on Thursday to vote on the dredging contract.\n\n' +
    'Port spokeswoman Dana Okoro said the dredging plan was "a waste of money" because nobody had costed it.\n\n' +
    '"We told them twice and they ignored us both times," she said.\n\n' +
    '"The channel stays open all winter," said Captain Ivo Berg.\n',
);
const okoro = person('Dana Okoro', ['Okoro']);
const berg = person('Ivo Berg', ['Berg']);
const index = indexOf(
  [harbour],
  [
    quoteIn(harbour, 'a waste of money', 'Dana Okoro', 0),
    quoteIn(harbour, 'We told them twice and they ignored us both times', 'Ivo Berg', 1),
    quoteIn(harbour, 'The channel stays open all winter', 'Ivo Berg', 2),
  ],
  [okoro, berg],
);

const texts = (topic: string, speaker: string): string[] => quote(index, topic, speaker).results.map((r) => r.text);

describe('/quote with a speaker, after a sentence naming them beside a short quotation of theirs', () => {
  it("finds the next quotation a pronoun cue gave to someone else, in the quotation's own words", () => {
    expect(texts('We told them twice and they ignored us both times', 'Dana Okoro')).toContain('We told them twice and they ignored us both times');
  });

  it('does not take a quotation whose passage names the one it is credited to', () => {
    expect(texts('The channel stays open all winter', 'Dana Okoro')).not.toContain('The channel stays open all winter');
  });
});
