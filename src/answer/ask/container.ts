import type { FactRecord, TypedValue } from '../../model/records.js';
import type { Question } from '../question.js';
import { namedInQuestion } from './doer.js';

/**
 * Issue 13, precision: "where is the funeral" against "The service will be held at Alder Chapel in
 * Brookmere": the sentence names the very place (Alder Chapel) and then the town that holds it.
 * A plain "where" asks for the first; the town only says where that place is, and asserted alone it
 * answers a coarser question than the one asked. A question with a type noun ("which town") asks
 * for the town and keeps it; one that names the inner place ("where is Alder Chapel") asks where
 * it is, which the town answers.
 */

/** Kinds of named thing a town or a country may hold in the sentence ("Alder Chapel in Brookmere", "Velland's Port Orrin"). */
const INNER: ReadonlySet<string> = new Set(['place', 'organization']);

/** True when a plain "where" question's place holds another named place of its sentence the question does not name. */
export function holdsAskedPlace(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'place' || v.items || q.focus.some((f) => f.typeNoun)) return false;
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return false;
  const before = INNER_BEFORE.exec(text.slice(0, from));
  const after = INNER_AFTER.exec(text.slice(to));
  const inner = [
    before && { from: before.index, to: before.index + before[1].length },
    after && { from: to + after.index + after[0].length - after[1].length, to: to + after[0].length },
  ];
  return inner.some((s) => s !== null && isInnerPlace(q, record, text.slice(s.from, s.to), s.from, s.to));
}

/** "Alder Chapel in Brookmere": two or more capitalised words, then "in" (and "the"), then the value. */
const INNER_BEFORE = /((?:\p{Lu}[\p{L}'\u2019.&-]*\s+){1,5}\p{Lu}[\p{L}'\u2019.&-]*)\s+in\s+(?:the\s+)?$/u;
/** "Velland's Port Orrin": the value's possessive, then capitalised words (a single one only when it is a place or a body the extractor named). */
const INNER_AFTER = /^['\u2019]s\s+((?:\p{Lu}[\p{L}'\u2019.&-]*\s+){0,5}\p{Lu}[\p{L}'\u2019.&-]*)/u;

/**
 * A name of a place or a body (a chapel, a university, a district), not a person ("Velland's
 * Governor Ana Ruiz"), a date ("Friday, April 1 in") or a name the question gives ("where is Alder
 * Chapel" asks where it is, which the town answers).
 */
function isInnerPlace(q: Question, record: FactRecord, name: string, from: number, to: number): boolean {
  const start = record.passage.start;
  const value = record.values.find((o) => !o.items && o.start - start < to && o.end - start > from);
  if (value !== undefined && !INNER.has(value.type)) return false;
  if (value === undefined && name.split(/\s+/).length < 2) return false;
  return !namedInQuestion(q, { type: 'place', text: name, start: from, end: to });
}
