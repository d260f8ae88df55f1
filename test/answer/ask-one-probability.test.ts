/**
 * Issue 13, precision: what the hand-set gates of decide() read (a sentence lacking one of the
 * question's words, a date) is also told to the scorer, so that bench/train-ask-ranker.ts can learn
 * it into the one calibrated probability: the candidate says whether its sentence carries every
 * word of the question, and the calibration's evidence holds that lack, its lead and the kind of
 * value. (Weights that use it have not yet beaten the gates: see the trainer's commit.) Invented text.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { calibrated, evidence, score } from '../../src/answer/ask/score.js';
import { SCORER } from '../../src/answer/ask/weights.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor-bridge.txt': ` date 2024-05-10

Harbor bridge reopens after repairs

The Harbor Street bridge reopened on May 8 after crews replaced 14 steel beams.
`,
});

function prepared(question: string) {
  const p = prepare(index(), question);
  if (!('question' in p)) throw new Error(`no question read from ${question}`);
  return p;
}

/** The question's best candidate for the scorer. */
function top(question: string) {
  const p = prepared(question);
  return score(candidates(p.question, p.retrieved, p.termsOf))[0];
}

describe('what a candidate tells the scorer about the question', () => {
  it('says whether its sentence carries every word the question asks with', () => {
    expect(top('when did the harbor street bridge reopen')?.features.complete).toBe(1);
    expect(top('when did the harbor street bridge reopen to trucks')?.features.complete).toBe(0);
  });

  it('gives the calibration that lack, with its lead, and the kind of value', () => {
    const c = top('when did the harbor street bridge reopen to trucks');
    if (!c) throw new Error('no candidate');
    const seen = evidence(c, 3);
    expect(seen.partial).toBe(1);
    expect(seen.partialLead).toBe(1);
    expect(seen['kind:date']).toBe(1);
    expect(seen['kind:number']).toBe(0);
  });

  it('lowers the probability by the weight a scorer gives that evidence', () => {
    const c = top('when did the harbor street bridge reopen to trucks');
    if (!c) throw new Error('no candidate');
    const seen = evidence(c, c.lead);
    const wary = { ...SCORER, evidence: { partial: -1 } };
    expect(calibrated(c.rank, c.lead, wary, c.crowd, seen)).toBeLessThan(calibrated(c.rank, c.lead, { ...SCORER, evidence: {} }, c.crowd, seen));
  });
});
