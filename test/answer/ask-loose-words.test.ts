/**
 * /ask: a question's noun that the sentence says in another word no WordNet relation, inflection
 * or derivation gives ("survey" for "poll", "agreement" for "deal") stands for it loosely, by word
 * vectors: worth less than any other relation, only where the word itself is missing, and never
 * "matched" for the gates that hold a sentence lacking a question's word to a higher probability.
 * A loose word is never another one of its kind (another month), a verb's neighbour (the relation
 * asked about must be stated) nor a name (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion, type FocusTerm } from '../../src/answer/question.js';
import { LOOSE, looseMatch, withLooseNeighbours } from '../../src/answer/ask/loose.js';
import { wordVectors } from '../../src/answer/word-vectors.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'dunmore.txt': ` date 2024-05-14

Dunmore budget passes

The Dunmore council passed the city budget on Monday after a long debate.

In a Velland Herald survey, 58 percent of Dunmore residents backed the school levy.

The council and the county signed an agreement on the new bridge on March 3.

Unemployment in Dunmore stood at 6.2 percent in April, the labour office said.
`,
};

const index = useIndexOver(ARTICLES);
const vectors = wordVectors() !== null;
const focus = (question: string) => withLooseNeighbours(index(), analyseQuestion(question).focus);
const term = (question: string, word: string): FocusTerm => {
  const found = focus(question).find((f) => f.term === word);
  if (!found) throw new Error(`no focus word ${word} in ${question}`);
  return found;
};

describe.runIf(vectors)('a question noun said in other words', () => {
  it('reads "poll" in a sentence that says "survey"', () => {
    expect(askedValue(index(), 'what percent of dunmore residents backed the levy in the herald poll')).toBe(58);
  });

  it('reads "deal" in a sentence that says "agreement"', () => {
    expect(askedValue(index(), 'when was the bridge deal signed')).toBe('2024-03-03');
  });

  it('is worth less than the weakest other relation (0.5, a word used elsewhere in the article)', () => {
    const deal = term('when was the bridge deal signed', 'deal');
    expect(looseMatch(deal, ['agreement'])).toBeGreaterThan(0);
    expect(looseMatch(deal, ['agreement'])).toBeLessThan(0.5);
    expect(LOOSE.factor).toBeLessThan(0.5);
  });

  it('counts only where the word itself is missing', () => {
    expect(looseMatch(term('when was the bridge deal signed', 'deal'), ['deal', 'agreement'])).toBe(0);
  });
});

describe.runIf(vectors)('what never stands in loosely', () => {
  it('another month for the month asked', () => {
    expect(looseMatch(term('how many jobs did dunmore add in december', 'december'), ['january', 'november'])).toBe(0);
  });

  it("a verb's neighbours: the relation asked about must be stated", () => {
    expect(term('how much does the manager earn', 'earn').loose).toBeUndefined();
  });

  it('a name the coverage uses', () => {
    expect(term('what did the herald say about dunmore', 'dunmore').loose).toBeUndefined();
  });

  it('a function word near the question word', () => {
    const loose = [...(term('when was the bridge deal signed', 'deal').loose?.keys() ?? [])];
    expect(loose).not.toContain('the');
    expect(loose).not.toContain('would');
  });
});

describe.runIf(vectors)('an adjective the sentence says in other words', () => {
  it('is not read loosely ("jobless" for "unemployment"): "not found"', () => {
    expect(askedValue(index(), 'what was the jobless rate in dunmore in april')).toBeNull();
  });
});
