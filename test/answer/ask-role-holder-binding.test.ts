/**
 * Issue 13, precision: "who is the mayor of X" is answered by the person whose own title carries
 * both the role and X, not by another role holder standing next to them in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { anotherHoldsRoleBetter } from '../../src/answer/ask/slot.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { FactRecord } from '../../src/model/records.js';
import { factOver } from '../helpers/records.js';

const record = (text: string, people: string[]): FactRecord => factOver(text, 'person', people);

describe('two holders of one role in a sentence', () => {
  const r = record('The governor greeted Marlow County Mayor Ana Ruiz as Milford Mayor Tom Reyes looked on at Milford Airport.', ['Ana Ruiz', 'Tom Reyes']);
  const q = analyseQuestion('who is the mayor of Milford');

  it('sets aside the one whose title lacks the place asked about', () => {
    expect(anotherHoldsRoleBetter(q, r, r.values[0])).toBe(true);
  });

  it('keeps the one whose title carries the place', () => {
    expect(anotherHoldsRoleBetter(q, r, r.values[1])).toBe(false);
  });

  it('keeps a lone role holder whatever its title says', () => {
    const alone = record('Marlow County Mayor Ana Ruiz opened the bridge on Friday.', ['Ana Ruiz']);
    expect(anotherHoldsRoleBetter(q, alone, alone.values[0])).toBe(false);
  });
});
