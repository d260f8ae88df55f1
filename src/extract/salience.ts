/**
 * How prominent a mention makes its referent for a later pronoun (after Lappin & Leass): the
 * subject of a sentence and the speaker of a quotation are what "she said" usually points back
 * to; a person just introduced with "according to" or a title is next; a subject inside a
 * reported clause ("Ryan said Obama has …") or an object weighs less.
 */
export type SightingRole = 'speaker' | 'subject' | 'introduced' | 'clause' | 'other';

const ROLE_WEIGHT: Record<SightingRole, number> = {
  speaker: 120,
  subject: 80,
  introduced: 80,
  clause: 30,
  other: 0,
};

/** Every mention counts this much (plus its role's weight) in its own sentence… */
const RECENCY = 50;
/** …and that weight is multiplied by this for each sentence further back. */
const DECAY = 0.4;
/** Sentences further back than this no longer count. */
const MAX_DISTANCE = 6;

export interface Scored<E> {
  entity: E;
  role: SightingRole;
  /** Index of the sentence the mention sits in. */
  sentence: number;
}

/** What one mention adds to its referent's salience, seen from sentence `at`. */
export function weightOf(s: { role: SightingRole; sentence: number }, at: number): number {
  const distance = Math.max(0, at - s.sentence);
  if (distance > MAX_DISTANCE) return 0;
  return (RECENCY + ROLE_WEIGHT[s.role]) * DECAY ** distance;
}

/**
 * How many times more salient than the best fitting referent a leading one that fits only loosely
 * must be to win: "Lindsey Graham said, "…"" then `He continued`, with a man mentioned in passing
 * before (the tagger took "Lindsey" for a woman's name; a guess from a first name is weak evidence).
 */
const OVERRULE = 2;

/**
 * The most salient referent among `sightings` (in text order) that `fits`, seen from sentence
 * `at`; a leading referent that fits `loosely` instead when it far outweighs that one (or none fits
 * nearby), then the latest that fits. As in Lappin & Leass a referent scores each sentence once,
 * by its strongest mention there, and sums over sentences; a tie goes to the one mentioned last.
 */
export function mostSalient<E>(sightings: ReadonlyArray<Scored<E>>, at: number, fits: (e: E) => boolean, loosely?: (e: E) => boolean): E | null {
  const best = mostSalientNear(sightings, at, fits);
  const loose = loosely ? mostSalientNear(sightings.filter(leading(at)), at, loosely) : null;
  if (loose && (!best || (loose.score > OVERRULE * best.score && !seenNear(sightings, at, best.entity)))) return loose.entity;
  if (best) return best.entity;
  // nobody fitting in the last few sentences: the latest fitting mention, however far back
  for (let k = sightings.length - 1; k >= 0; k--) if (fits(sightings[k].entity)) return sightings[k].entity;
  return null;
}

/** Whether `entity` is mentioned in this sentence or the one before. */
function seenNear<E>(sightings: ReadonlyArray<Scored<E>>, at: number, entity: E): boolean {
  return sightings.some((s) => s.entity === entity && at - s.sentence <= 1);
}

/** The subject or speaker of this sentence or the one before: the only referents a looser fit may reach. */
function leading(at: number): (s: { role: SightingRole; sentence: number }) => boolean {
  return (s) => at - s.sentence <= 1 && (s.role === 'subject' || s.role === 'speaker');
}

/** The most salient referent that `fits` within the last few sentences, with its salience, or null. */
function mostSalientNear<E>(sightings: ReadonlyArray<Scored<E>>, at: number, fits: (e: E) => boolean): { entity: E; score: number } | null {
  const perSentence = new Map<E, Map<number, number>>();
  for (const s of sightings) {
    if (!fits(s.entity)) continue;
    const sentences = perSentence.get(s.entity) ?? perSentence.set(s.entity, new Map()).get(s.entity)!;
    sentences.set(s.sentence, Math.max(sentences.get(s.sentence) ?? 0, weightOf(s, at)));
  }
  let best: E | null = null;
  let top = 0;
  // walked from the latest mention back, so that on a tie the one mentioned last wins
  for (let k = sightings.length - 1; k >= 0; k--) {
    const e = sightings[k].entity;
    let v = 0;
    for (const w of perSentence.get(e)?.values() ?? []) v += w;
    if (v > top) {
      best = e;
      top = v;
    }
  }
  return best === null ? null : { entity: best, score: top };
}
