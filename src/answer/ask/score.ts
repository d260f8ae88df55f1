import { valueKey } from '../display.js';
import { EVIDENCE_NAMES, FEATURE_NAMES, type EvidenceName, type Featured, type Scored } from './types.js';
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
    .map(({ c, s }) => {
      const lead = leadOver(bestByValue, valueKey(c.value), s);
      const crowd = crowdAround(crowds.get(c.record.articleId), s);
      // The weights in use weigh no evidence: it is read only for a scorer that does.
      return { ...c, rank: s, lead, crowd, p: calibrated(s, lead, scorer, crowd, scorer.evidence ? evidence(c, lead) : undefined) };
    })
    .sort((a, b) => b.p - a.p || b.rank - a.rank || b.score - a.score);
}

export function rankScore(c: Featured, scorer: Scorer): number {
  let z = 0;
  // A scorer trained before a feature existed gives it no weight.
  for (const name of FEATURE_NAMES) z += (scorer.weights[name] ?? 0) * c.features[name];
  return z;
}

/**
 * What the calibration reads of a candidate besides its score, lead and crowd: whether its
 * sentence lacks one of the question's words (and then how far it leads the other values, which
 * is what made such a value right on real news), and its kind of value (a sentence often states
 * dates for several events at once, and spans of time with other words than the question's).
 */
export function evidence(c: Featured, lead: number): Record<EvidenceName, number> {
  const partial = 1 - c.features.complete;
  const out = Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, 0])) as Record<EvidenceName, number>;
  out.partial = partial;
  out.partialLead = (partial * Math.max(0, lead)) / MAX_LEAD;
  out.partialClose = lead < CLOSE_LEAD ? partial : 0;
  const kind = `kind:${c.value.type}`;
  if (kind in out) out[kind as EvidenceName] = 1;
  return out;
}

/** How far a score is ahead of the best candidate with another value (capped when there is none). */
export function leadOver(bestByValue: ReadonlyMap<string, number>, key: string, s: number): number {
  let other = -Infinity;
  for (const [k, v] of bestByValue) if (k !== key) other = Math.max(other, v);
  return Math.min(MAX_LEAD, s - other);
}

/**
 * How far a scored value is ahead of the best score of any value not in `own` (by default the value
 * itself; a list names its items too), uncapped: decide()'s gates read the raw margin.
 */
export function leadOverOthers(top: Scored, scored: readonly Scored[], own: ReadonlySet<string> = new Set([valueKey(top.value)])): number {
  const other = Math.max(-Infinity, ...scored.filter((c) => !own.has(valueKey(c.value))).map((c) => c.rank));
  return top.rank - other;
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

/** Another value scoring within this much of a candidate's (the ranker's units) is a close rival. */
const CLOSE_LEAD = 2;

/** Scores within this band of a candidate's count as its crowd. */
const CROWD_BAND = 1;

/** A lead past this says no more: a lone candidate is not surer than one far ahead of the next. */
const MAX_LEAD = 3;

export function calibrated(s: number, lead: number, scorer: Scorer, crowd = 0, seen?: Record<EvidenceName, number>): number {
  let z = s * scorer.scale + lead * scorer.marginScale + crowd * scorer.crowdScale + scorer.bias;
  if (seen) for (const name of EVIDENCE_NAMES) z += (scorer.evidence?.[name] ?? 0) * seen[name];
  return 1 / (1 + Math.exp(-z));
}
