/**
 * Issue 13, recall: "which think tank", "which hedge fund" name a kind of organisation in two words
 * that WordNet holds as one noun; "which fed governor", "which saudi backed group" carry a past or
 * -ing form the tagger reads as a verb before the noun they modify; "which justice" asks for a
 * person though WordNet's first "justice" is a quality (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'levy.txt': ` date 2024-06-14

Court splits on Velland levy

Dana Pell, a fellow at the Harbor Institute, a libertarian think tank, said the levy would not survive another appeal.

Justice Mara Ellery wrote the dissent in the 5-4 ruling.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('kind nouns in two words or after a verb form', () => {
  it('reads "think tank" as a kind of organisation', () => {
    expect(analyseQuestion('which think tank does pell work for').wants).toEqual({ types: ['organization'] });
  });

  it('reads past the verb form that modifies the noun', () => {
    expect(analyseQuestion('which saudi backed group walked out').wants).toEqual({ types: ['organization'] });
  });

  it('leaves a past form before no noun a verb', () => {
    expect(analyseQuestion('which left the party').wants).toBe('statement');
  });

  it('answers "which think tank" with the organisation the apposition names', () => {
    expect(answerTo('which think tank is dana pell a fellow at')).toBe('Harbor Institute');
  });

  it('answers "which justice" with the justice', () => {
    expect(answerTo('which justice wrote the dissent')).toBe('Mara Ellery');
  });
});
