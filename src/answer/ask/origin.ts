import nlp from 'compromise';
import type { FactRecord, TypedValue } from '../../model/records.js';
import { placeKinds } from '../../nlp/places.js';
import { ORIGIN_NOUNS } from '../lexicon.js';
import type { Question } from '../question.js';

/** "Turkish", "Kurdish", "British": how an adjective of origin compromise's lexicon does not list ends. */
const ORIGIN_ENDING = /\p{Ll}ish$/u;

const demonyms = new Map<string, boolean>();

/**
 * "pressure from Asian imports", "the Turkish president": an adjective of origin written before the
 * noun it describes is no place, though the name reader (after "from", or by the article's votes)
 * typed it as one. Only a word compromise's lexicon lists as a demonym, or an "-ish" word it knows
 * as no place; "the Vermont senator" keeps its place.
 */
export function isOriginAdjective(q: Question, record: Pick<FactRecord, 'passage'>, v: TypedValue): boolean {
  if (v.type !== 'place' || v.items || typeof v.normalized !== 'string' || /\s/.test(v.normalized)) return false;
  if (q.focus.some((f) => ORIGIN_NOUNS.has(f.term))) return false;
  const after = record.passage.text.slice(v.end - record.passage.start);
  return /^ \p{Ll}/u.test(after) && isDemonym(v.normalized);
}

function isDemonym(word: string): boolean {
  const cached = demonyms.get(word);
  if (cached !== undefined) return cached;
  const known = nlp(word).has('#Demonym') || (ORIGIN_ENDING.test(word) && placeKinds(word).size === 0);
  // Place words are few per corpus; the bound only keeps a hostile corpus from growing the cache.
  if (demonyms.size < 10_000) demonyms.set(word, known);
  return known;
}
