import type { FactRecord, TypedValue } from '../../model/records.js';
import { FILING_WORDS, PLACE_KIND_NOUNS } from '../lexicon.js';
import type { Question } from '../question.js';

/**
 * "HARTWELL, Ohio — …", "BRISK, N.H., March 2 (UPI) — …": a place in capitals opening the
 * passage, before a comma and then a state, a date, an agency or the dash.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?:,?\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\(\p{Lu}[\p{L}.]*\)))*,?\s*(?:—|–|--|-)/u;

/**
 * The dateline's place answers where the story was filed, or which city or state, never a bare
 * "where was the party": the sentence after it says where the event was ("at the Radisson", "on
 * the premises of Hofstra University"), and the dateline is only the town the reporter wrote from.
 */
export function datelineOnly(q: Question, record: Pick<FactRecord, 'passage'>, v: TypedValue): boolean {
  if (v.type !== 'place' || !inDateline(record, v)) return false;
  return !q.focus.some((f) => (f.typeNoun && Object.hasOwn(PLACE_KIND_NOUNS, f.term)) || FILING_WORDS.has(f.term));
}

/**
 * "KESTON, Ore., June 24 (UPI) — Mayor Lee unveiled …": the dateline's date is the day the story was
 * filed, which answers "when was this filed", not when what the sentence tells happened or will
 * happen ("what day does the ad air"): the sentence after the dash says that, when it says it at all.
 */
export function datelineDate(q: Question, record: Pick<FactRecord, 'passage'>, v: TypedValue): boolean {
  if (v.type !== 'date' || !inDateline(record, v)) return false;
  return !q.focus.some((f) => FILING_WORDS.has(f.term));
}

/** The value is written inside the passage's dateline. */
function inDateline(record: Pick<FactRecord, 'passage'>, v: TypedValue): boolean {
  const dateline = DATELINE.exec(record.passage.text)?.[0];
  return dateline !== undefined && v.start >= record.passage.start && v.end - record.passage.start <= dateline.length;
}
