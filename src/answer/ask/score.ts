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
  const crowds = articleCrowds(ranked.map(({ c, s }) => ({ ...c, rank: s })));
  return ranked
    .map(({ c, s }) => ({
      ...c,
      rank: s,
      p: calibrated(s, leadOver(bestByValue, valueKey(c.value), s), scorer, crowdAround(crowds.get(c.record.articleId), s)),
    }))
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

/**
 * How many other values score close to this one (log scale): a long article with many figures
 * near the question's words is where a confident-looking pick is most often the wrong one.
 */
export function crowdAround(bestByValue: ReadonlyMap<string, number> | undefined, s: number): number {
  let n = 0;
  for (const v of bestByValue?.values() ?? []) if (v < s && v >= s - CROWD_BAND) n++;
  return Math.log2(1 + n);
}

/** Each article's best score per value: the crowd is counted within the candidate's own article, so other articles never change it. */
export function articleCrowds(ranked: Array<Featured & { rank: number }>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const c of ranked) {
    const m = out.get(c.record.articleId) ?? new Map<string, number>();
    m.set(valueKey(c.value), Math.max(c.rank, m.get(valueKey(c.value)) ?? -Infinity));
    out.set(c.record.articleId, m);
  }
  return out;
}

/** Scores within this band of a candidate's count as its crowd. */
const CROWD_BAND = 1;

/** A lead past this says no more: a lone candidate is not surer than one far ahead of the next. */
const MAX_LEAD = 3;

export function calibrated(s: number, lead: number, scorer: Scorer, crowd = 0): number {
  return 1 / (1 + Math.exp(-(s * scorer.scale + lead * scorer.marginScale + crowd * scorer.crowdScale + scorer.bias)));
}
