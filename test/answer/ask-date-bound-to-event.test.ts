/**
 * Issue 13: a sentence often states dates for several events ("won the county in 2008 but lost it
 * in 2020"); the date its grammar binds to the question's event word is the one asked for, though
 * another stands nearer the question's names (src/answer/ask/date-binding.ts). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { score } from '../../src/answer/ask/score.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'marlow-county.txt': ` date 2024-03-14

Ruiz returns to Marlow County

Governor Elena Ruiz opened her tour in Marlow County, which Ruiz carried in 2012 but narrowly lost in 2020, and where farm incomes have fallen.
`,
  'harbor-levy.txt': ` date 2024-06-02

Harbor levy returns to the ballot

In 2022, Council member Tomas Okafor revived the levy he had first put in his 2019 housing pledge, which the council rejected.
`,
});

/** The best-ranked candidate's normalized value for a question. */
function topValue(question: string): string | number | undefined {
  const prepared = prepare(index(), question);
  if (!('question' in prepared)) throw new Error(`no question read from ${question}`);
  return score(candidates(prepared.question, prepared.retrieved, prepared.termsOf))[0]?.value.normalized;
}

describe('the date bound to the asked event', () => {
  it('a preposition carries the date to the asked verb, not to the one before it', () => {
    expect(topValue('what year did ruiz narrowly lose marlow county')).toBe('2020');
  });

  it('a year modifying the asked noun outranks the date nearer the asked name', () => {
    expect(topValue('what year did okafor put the levy in his housing pledge')).toBe('2019');
  });
});
