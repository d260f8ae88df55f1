import type { FactRecord } from '../../model/records.js';
import { bestMatch, negatedOpposite } from '../match.js';
import type { FocusTerm } from '../question.js';
import { FACTOR, relatedLemmas } from '../related.js';

/**
 * "what did Lee say about postponing the vote" answered by Lee's words on putting it off: a passage
 * that says what is asked with other words than the question's. decide.ts asks a passage to carry
 * every word of the question as typed, so one writing a WordNet synonym ("put off" for "postpone")
 * or a derived form was refused though it answered. Here each question word counts at the worth of
 * its closest relation in the passage (match.ts, related.ts), names double, and the passage stands
 * when it carries every word closely enough, most of the question in all, and stands clear of every
 * other passage of the articles retrieved.
 *
 * Read over the 55 studied sets with no gate (every statement question left without a passage,
 * word vectors and near senses allowed, one word allowed missing): the asked person's words
 * (decide.ts asks it only of them) gained 32 right answers for 5 wrong ones at the share and lead
 * below; every other statement question 39 for 45 wrong ones and 4 right ones lost (mostly a value
 * or "none" question read as a statement), "who" questions no name answers 1 for 16.
 */
export const PARAPHRASE = {
  /** Weighted share of the question's words the passage must carry (names count double), each at its relation's worth. */
  minShare: 0.8,
  /** How far its share must stand ahead of the next passage's: two passages near alike are two readings of the question. */
  minLead: 0.2,
  /**
   * What every question word must be carried by: the word, a form or derivation of it, or a synonym
   * of a frequent sense (related.ts FACTOR.synonym). A word left out, a near sense (a more general
   * word, a similar adjective) or a vector neighbour let in passages on a neighbouring topic: on the
   * studied sets, with a word left out allowed, the asked person's words gained 12 right answers for
   * 4 wrong ones over 32 sets and the acceptance sets 2 for 5; with near senses, 13 for 3 over 47
   * sets and 2 for 2. As written: studied 2,281 → 2,294 right, 358 → 359 wrong; acceptance 156 →
   * 158 right, 30 → 30 wrong.
   */
  minWorth: 0.75,
} as const;

/**
 * The gates of an account question's passage (decide.ts accountAnswer): its verb may be said
 * otherwise, so every other word must be there as typed or inflected, not by a synonym or a
 * derivation, and the words it does carry must be most of the question: with one of four words
 * spared a passage shares little more than the topic (on the studied sets, a share of 0.8 gave 17
 * right passages for 5 wrong ones, 0.85 gave 9 for 1; acceptance 142 → 144 right, 25 → 26 wrong
 * at 0.8). The lead is a paraphrase's. As written: studied 2,440 → 2,449 right, 378 → 379 wrong;
 * acceptance 142 → 143 right, 25 → 25 wrong.
 */
export const ACCOUNT: ParaphraseGates = { ...PARAPHRASE, minShare: 0.85, minWorth: FACTOR.inflection };

export interface ParaphraseGates {
  readonly minShare: number;
  readonly minLead: number;
  readonly minWorth: number;
}

/** How a question word is carried by a passage: the word or a close form (match.ts), or a WordNet relation (related.ts). */
export interface WordReading {
  focus: FocusTerm;
  /** WordNet lemmas related to the word (related.ts), with their worth. */
  related: ReadonlyMap<string, number>;
  weight: number;
}

/** The question's required words, each with what may stand for it. */
export function readWords(focus: readonly FocusTerm[]): WordReading[] {
  return focus
    .filter((f) => !f.weak)
    .map((f) => ({
      focus: f,
      // A name is who or what the question is about: only the name itself (or its short form) stands for it.
      related: f.name ? new Map() : relatedLemmas(f.term),
      weight: f.name ? 2 : 1,
    }));
}

/** How well a passage carries one question word: 1 the word itself, down to a WordNet relation's worth (related.ts FACTOR). */
export function carried(word: WordReading, record: FactRecord, lower: string): number {
  const f = word.focus;
  const direct = bestMatch(f, record.terms) || negatedOpposite(f, record);
  if (direct >= 1) return direct;
  let best = direct;
  for (const [lemma, worth] of word.related) {
    if (worth <= best) continue;
    // "out of work": a WordNet collocation is read in the sentence itself.
    const present = lemma.includes(' ') ? lower.includes(` ${lemma} `) : record.terms.includes(lemma);
    if (present) best = worth;
  }
  return best;
}

/**
 * The weighted share of the question's words a passage carries; 0 when it leaves one out or carries
 * it only loosely (below minWorth). A paraphrase says a word otherwise, it does not drop it: "what
 * did Lee say about Ruiz" is not answered by Lee's words on someone else.
 */
export function paraphraseShare(words: readonly WordReading[], record: FactRecord, minWorth: number = PARAPHRASE.minWorth, spare?: string): number {
  const total = words.reduce((n, w) => n + w.weight, 0);
  if (total === 0) return 0;
  const lower = sentenceOf(record);
  const worths = words.map((w) => carried(w, record, lower));
  // "want" said as "called for": the one word an account question lets the passage say otherwise (decide.ts accountAnswer).
  if (words.some((w, k) => worths[k] < minWorth && w.focus.term !== spare)) return 0;
  return words.reduce((n, w, k) => n + w.weight * worths[k], 0) / total;
}

/** The passages by share, best first, with each passage's share. */
export function byShare(
  focus: readonly FocusTerm[],
  records: readonly FactRecord[],
  minWorth: number = PARAPHRASE.minWorth,
  spare?: string,
): Array<{ record: FactRecord; share: number }> {
  const words = readWords(focus);
  const seen = new Set<string>();
  return records
    .filter((r) => !seen.has(r.statement) && seen.add(r.statement))
    .map((record) => ({ record, share: paraphraseShare(words, record, minWorth, spare) }))
    .sort((a, b) => b.share - a.share);
}

/**
 * The passage that answers a statement question in other words: the best by share when it carries
 * enough of the question and stands clear of the next one (two passages near alike are two
 * readings of the question, and the reader is better offered both as possibly relevant).
 */
export function paraphrasedAnswer(
  focus: readonly FocusTerm[],
  records: readonly FactRecord[],
  gates: ParaphraseGates = PARAPHRASE,
  spare?: string,
): FactRecord | undefined {
  const [best, next] = byShare(focus, records, gates.minWorth, spare);
  if (!best) return undefined;
  const lead = best.share - (next?.share ?? 0);
  return best.share >= gates.minShare && lead >= gates.minLead && best.share > 0 ? best.record : undefined;
}

/**
 * The gates of a passage of the asked person's words that leaves part of the question to the
 * sentence before it (decide.ts contextAnswer): "what did Lee say about the levy" against `The
 * council passed the levy on Monday. "It is a tax on the poor," Lee said.`. A question word the
 * passage leaves out counts at a synonym's worth when the sentence just before it, in the same
 * paragraph, carries it itself (as typed or inflected: that sentence names the topic, it is not
 * read for synonyms); the passage must still carry a good part of the question itself, and stand
 * clear of the rest as a paraphrase must.
 */
export const BORROWED = {
  ...PARAPHRASE,
  /** The worth of a word only the sentence before carries: a synonym's, below the word itself. */
  borrowedWorth: FACTOR.synonym,
  /** At most this many words borrowed: a passage leaving most of the question to its neighbour answers another question. */
  maxBorrowed: 2,
  /** The weighted share of the question the passage must carry itself. */
  minOwnShare: 0.4,
} as const;

/** The passage's share of the question, its missing words read in the sentence before it (BORROWED); 0 when it falls short. */
export function borrowedShare(words: readonly WordReading[], record: FactRecord, before: readonly string[] | undefined): number {
  const total = words.reduce((n, w) => n + w.weight, 0);
  if (total === 0 || !before) return 0;
  const lower = sentenceOf(record);
  const own = words.map((w) => carried(w, record, lower));
  // The word itself or an inflection of it: the sentence before names the topic, it is not read for synonyms.
  const borrowed = words.map((w, k) => own[k] < BORROWED.minWorth && bestMatch(w.focus, before) >= FACTOR.inflection);
  const count = borrowed.filter(Boolean).length;
  // No word borrowed is a plain paraphrase (paraphrasedAnswer); a word neither carried nor borrowed is missing.
  if (count === 0 || count > BORROWED.maxBorrowed || words.some((_, k) => own[k] < BORROWED.minWorth && !borrowed[k])) return 0;
  const ownShare = words.reduce((n, w, k) => n + (borrowed[k] ? 0 : w.weight * own[k]), 0) / total;
  if (ownShare < BORROWED.minOwnShare) return 0;
  return ownShare + words.reduce((n, w, k) => n + (borrowed[k] ? w.weight * BORROWED.borrowedWorth : 0), 0) / total;
}

/** The passage that answers with its topic told just before it: the best by borrowed share, clear of every other passage's share. */
export function borrowedAnswer(
  focus: readonly FocusTerm[],
  records: readonly FactRecord[],
  preceding: (record: FactRecord) => readonly string[] | undefined,
): FactRecord | undefined {
  const words = readWords(focus);
  const seen = new Set<string>();
  const ranked = records
    .filter((r) => !seen.has(r.statement) && seen.add(r.statement))
    .map((record) => ({ record, share: Math.max(borrowedShare(words, record, preceding(record)), paraphraseShare(words, record)) }))
    .sort((a, b) => b.share - a.share);
  const [best, next] = ranked;
  if (!best || best.share < BORROWED.minShare) return undefined;
  return best.share - (next?.share ?? 0) >= BORROWED.minLead ? best.record : undefined;
}

/** The sentence as carried() reads collocations in it: lower case, words between spaces. */
export function sentenceOf(record: FactRecord): string {
  return ` ${record.statement.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}
