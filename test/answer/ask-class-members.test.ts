/**
 * Issue 13, "never extracted" (twenty-second session): a thing asked by its class ("what language",
 * "what food", "what position") where the sentence writes a member of that class in any case, one
 * word or several, with no name to say its kind: "spoke Mirevan Hebrew" is not written, only "spoke
 * Hebrew"; "roast beef" is lower case. The longest WordNet noun at each place of the sentences that best
 * carry the question, one of whose most frequent senses WordNet files under the asked noun, answers
 * when it is the only one. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'valley.txt': ` date 2024-03-11

Senator Odile Farrant tours the Kessel valley

On her visit to Tarnhaven last spring, Senator Odile Farrant spoke Hebrew to the crowd at the river market.

Her aunt Berta Lusk cooked roast beef for the whole delegation, the mayor recalled.

Farrant, who played catcher for the Tarnhaven Gulls as a student, still throws the first pitch each summer.

Her brother Nils Lusk sells vegetables from a stall at the harbor fair every weekend.

At the dinner the guests ate salmon and lamb before the speeches began.

As first lady of the province, Mara Voss championed reading programs in every county library.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a member of the asked class, written in any case', () => {
  it('answers "what language" with a language WordNet knows by name', () => {
    expect(answerTo('what language did farrant speak at the river market')).toBe('Hebrew');
  });

  it('answers "what food" with a compound noun, lower case', () => {
    expect(answerTo('what food did berta lusk cook for the delegation')).toBe('roast beef');
  });

  it('answers "what position" with a word whose second sense is the position', () => {
    expect(answerTo('what position did farrant play for the gulls')).toBe('catcher');
  });

  it('gives no answer when the best sentence names two members', () => {
    expect(answerTo('what food did the guests eat at the dinner')).toBeNull();
  });

  it('gives no answer with a word that is a class itself, many kinds under it', () => {
    expect(answerTo('what food does nils lusk sell at the harbor fair')).toBeNull();
  });

  it('gives no person for a class that is no kind of person ("cause" reaches people only as a causal agent)', () => {
    expect(answerTo('what cause did mara voss champion')).toBeNull();
  });
});
