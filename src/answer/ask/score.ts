import { FEATURE_NAMES, type Featured, type Scored } from './types.js';
import { SCORER, type Scorer } from './weights.js';

/** Stage 4: one scorer for every candidate: a logistic model over its features, best first. */
export function score(candidates: Featured[], scorer: Scorer = SCORER): Scored[] {
  return candidates
    .map((c) => ({ ...c, p: probability(c, scorer) }))
    .sort((a, b) => b.p - a.p || b.score - a.score);
}

export function probability(c: Featured, scorer: Scorer): number {
  let z = scorer.bias;
  for (const name of FEATURE_NAMES) z += scorer.weights[name] * c.features[name];
  return 1 / (1 + Math.exp(-z));
}
