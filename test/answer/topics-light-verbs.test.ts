import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { readTopic } from '../../src/answer/topic-read.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented town news: one quotation made only of light verbs, one about the harvest.
const town = article(
  'town',
  'The night shift at the depot ran late on Friday.\n\n' +
    '"It is going to be a long night, and we are going to get through it," said foreman Joe Marsh.\n\n' +
    '"The apples fell early and the harvest is already in the barns," said grower Ada Finch.\n',
);
const index = indexOf(
  [town],
  [
    quoteIn(town, 'It is going to be a long night, and we are going to get through it', 'Joe Marsh', 0),
    quoteIn(town, 'The apples fell early and the harvest is already in the barns', 'Ada Finch', 1),
  ],
  [person('Joe Marsh', ['Marsh']), person('Ada Finch', ['Finch'])],
);

const formsOf = (topic: string): string[] => readTopic(topic, undefined).words.flatMap((w) => [...w.forms.keys()]);

describe('/quote topics: WordNet relations never stand in as light verbs or function words', () => {
  it("does not let 'wanted' stand for 'is' nor 'fall' for 'going'", () => {
    const forms = formsOf('wanted in the fall');
    expect(forms).toContain('fell');
    expect(forms).not.toContain('is');
    expect(forms).not.toContain('going');
  });

  it('keeps the forms of a light verb the user typed', () => {
    expect(formsOf('get')).toEqual(expect.arrayContaining(['got', 'getting']));
  });

  it('finds no quotation whose only shared words are light verbs', () => {
    const texts = quote(index, 'wanted in the fall').results.map((r) => r.text);
    expect(texts).not.toContain('It is going to be a long night, and we are going to get through it');
  });
});
