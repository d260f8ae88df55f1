/**
 * Issue 13, precision: a date is held to a higher probability than other values. A sentence often
 * states dates for several events at once, and the ranker's single threshold over-trusted them on
 * real news (src/answer/ask/weights.ts DECISION.dateP says what was measured). Invented text; the
 * sentence states two dates, as those did, and binds neither to the asked verb by its grammar (a
 * date no other value comes near is asserted at a lower probability: ask-stands-alone.test.ts; so is
 * one the grammar binds to the asked event: ask-date-bound-below-threshold.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { decide } from '../../src/answer/ask/decide.js';
import { score } from '../../src/answer/ask/score.js';
import { DECISION, SCORER } from '../../src/answer/ask/weights.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor-bridge.txt': ` date 2024-05-10

Harbor bridge reopens after repairs

On May 8 the Harbor Street bridge, shut since March 2, reopened after crews replaced 14 steel beams.
`,
});

/** The question's scored candidates with the top one's probability set between the two thresholds. */
function decidedAt(question: string, p: number) {
  const prepared = prepare(index(), question);
  if (!('question' in prepared)) throw new Error(`no question read from ${question}`);
  const scored = score(candidates(prepared.question, prepared.retrieved, prepared.termsOf)).map((c, i) => (i === 0 ? { ...c, p } : c));
  return decide(prepared.question, scored, prepared.retrieved, prepared.termsOf).kind;
}

describe('how sure /ask must be of a date', () => {
  const between = (SCORER.threshold + DECISION.dateP) / 2;

  it('lies above the threshold of other values', () => {
    expect(DECISION.dateP).toBeGreaterThan(SCORER.threshold);
  });

  it('answers a count at a probability between the two thresholds', () => {
    expect(decidedAt('how many steel beams did crews replace on the harbor street bridge', between)).toBe('value');
  });

  it('does not assert a date at that probability', () => {
    expect(decidedAt('when did the harbor street bridge reopen', between)).not.toBe('value');
  });

  it('asserts the date once it reaches its own threshold', () => {
    expect(decidedAt('when did the harbor street bridge reopen', DECISION.dateP)).toBe('value');
  });
});
