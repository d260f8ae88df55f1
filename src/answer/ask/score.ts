import { valueKey } from '../display.js';
import { FEATURE_NAMES, type Featured, type Scored } from './types.js';
import { SCORER, type Scorer } from './weights.js';

/**
 * Stage 4: one scorer for every candidate. A linear ranker over its features orders the
 * candidates; a logistic calibration of the score and of its lead over the best other value gives
 * the probability that the candidate is the right answer, which decide() holds to a threshold.
 */
export function score(candidates: Featured[], scorer: Scorer = SCORER): Scored[] {
  const ranked = candidates.map((c) => ({ c, s: rankScore(c, scorer) }));
  const bestByValue = new Map<string, number>();
  for (const { c, s } of ranked) bestByValue.set(valueKey(c.value), Math.max(s, bestByValue.get(valueKey(c.value)) ?? -Infinity));
  return ranked
    .map(({ c, s }) => ({ ...c, rank: s, p: calibrated(s, leadOver(bestByValue, valueKey(c.value), s), scorer) }))
    .sort((a, b) => b.p - a.p || b.rank - a.rank || b.score - a.score);
}

export function rankScore(c: Featured, scorer: Scorer): number {
  let z = 0;
  for (const name of FEATURE_NAMES) z += scorer.weights[name] * c.features[name];
  return z;
}

/** How far a score is ahead of the best candidate with another value (capped when there is none). */
export function leadOver(bestByValue: ReadonlyMap<string, number>, key: string, s: number): number {
  let other = -Infinity;
  for (const [k, v] of bestByValue) if (k !== key) other = Math.max(other, v);
  return Math.min(MAX_LEAD, s - other);
}

/** A lead past this says no more: a lone candidate is not surer than one far ahead of the next. */
const MAX_LEAD = 3;

export function calibrated(s: number, lead: number, scorer: Scorer): number {
  return 1 / (1 + Math.exp(-(s * scorer.scale + lead * scorer.marginScale + scorer.bias)));
}
