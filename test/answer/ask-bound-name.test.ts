/**
 * Issue 13, "never extracted": "what brand of leather", "lund writes for what magazine" ask a name by
 * its class. A name the sentence's grammar binds to the very class noun answers ("Velloro, an Italian
 * leather brand": capitalised words may stand between the article and the noun), also when the class
 * is asked by a "what" that ends the question and the typed values answered nothing; a name merely
 * near the noun, or one the question itself gives, does not (src/answer/ask/named-thing.ts). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'ferries.txt': ` date 2024-06-11

Harbor City ferry deal draws scrutiny

The figures came from the consulting firm Quillmark Analytics, which surveyed 900 commuters in May.

Councillor Tomas Lund, who writes a weekly column for the Tidewater Review magazine, called the contract a giveaway.

The new ferry seats are covered in Velloro, an Italian leather brand, and cost $900 each.

A spokesman for Brisa Lines said the company had met every condition of the tender.

Dana Okafor, who worked at a regional lender for a decade, joined Harwell Partners, a boutique investment bank, in 2019.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a name bound to the class the question asks by', () => {
  it('answers with the name in apposition to the class noun, a capitalised word before the noun', () => {
    expect(answerTo('what leather brand are the new ferry seats covered in')).toBe('Velloro');
  });

  it('reads the class noun after a "what" that ends the question', () => {
    expect(answerTo('lund writes a column for what magazine')).toBe('Tidewater Review');
  });

  it('does not answer with a name merely near the noun, or the one the question gives', () => {
    // "the company" is bound to no name in the spokesman's sentence.
    expect(answerTo('which company met every condition of the tender, per the spokesman')).toBeNull();
    expect(answerTo('which firm did quillmark analytics hire for the survey')).toBeNull();
  });

  it('does not answer with the longer form of a name the question gives', () => {
    // "Harwell Partners" is the bank the question names as "harwell", not the one before it.
    expect(answerTo('which bank did okafor work at before harwell')).toBeNull();
  });
});
