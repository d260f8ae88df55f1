/**
 * Issue 13, precision: a wrong answer costs more than "not found". These hold the checks decide()
 * makes beyond the scorer's probability.
 */
import { describe, expect, it } from 'vitest';
import { ask, prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { decide } from '../../src/answer/ask/decide.js';
import { score } from '../../src/answer/ask/score.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'fair.txt': ` date 2024-08-12

Record crowds at the Dunmore county fair

The Dunmore county fair sold 8,200 tickets over its four days, said fair director Alma Ruiz, up from 6,900 last summer.

Ruiz appeared on a local radio channel Monday to thank the volunteers who ran the gates.

A group of 40 volunteers from Harlan High School ran the gates at the Saturday night concert.

The fair board hired Harlan Events to run the parking lots.

"The gates opened on time every day," said Marta J. Kovac, the fair board's lawyer.

The board will meet in St. Albans next month to plan next year's fair.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask asserts a value only when it fills the slot (issue 13)', () => {
  it('does not give a number that counts something else as a count of people', () => {
    // 40 counts volunteers, not the concert's audience.
    expect(ask(index(), 'how many people were at the saturday night concert').found).toBe(false);
  });

  it('offers the passage it would not answer from as possibly relevant, asserting no value', () => {
    const a = ask(index(), 'how many people were at the saturday night concert');
    expect(a.results).toEqual([]);
    expect(a.message).toContain('Possibly relevant, with no answer asserted');
    expect(a.message).toContain('A group of 40 volunteers from Harlan High School ran the gates');
  });

  it('still gives the number that counts what the question counts', () => {
    const a = ask(index(), 'how many volunteers ran the gates at the concert');
    expect(a.found && a.results[0]?.values?.[0]?.normalized).toBe(40);
  });

  it('does not answer a "what channel" question with a passage that names no channel', () => {
    expect(ask(index(), 'what channel was ruiz on').found).toBe(false);
  });

  it('does not assert an organisation as the answer to a "who" question', () => {
    const p = prepare(index(), 'who runs the parking lots');
    if ('command' in p) throw new Error('the question is read, not refused');
    const scored = score(candidates(p.question, p.retrieved, p.termsOf));
    expect(decide(p.question, scored, p.retrieved, p.termsOf).kind).toBe('value');
    // The same top value read as an organisation: on real news that was a network or an adjective.
    const asOrganisation = scored.map((c, i) => (i === 0 ? { ...c, value: { ...c.value, type: 'organization' as const } } : c));
    expect(decide(p.question, asOrganisation, p.retrieved, p.termsOf).kind).not.toBe('value');
  });

  it('gives a name with a middle initial whole, not only the surname after the initial', () => {
    const a = ask(index(), "who is the fair board's lawyer");
    expect(a.found && a.results[0]?.values?.[0]?.normalized).toBe('Marta J. Kovac');
  });

  it('gives a place written with an abbreviation whole', () => {
    const a = ask(index(), 'where will the board meet next month');
    expect(a.found && a.results[0]?.values?.[0]?.normalized).toBe('St. Albans');
  });
});
