import type { TypedValue } from '../../model/records.js';
import type { Scored } from './types.js';

const NAMED = new Set(['person', 'place', 'organization']);

/** "Ronald R. " before "Fieldstone": a first name and middle initials where the name reader stopped at a point. */
const INITIALS_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+(?: \p{Lu}\.)+ )$/u;

/** "St. " before "Albans": a place's abbreviated first word (a person's "Dr. " is a title, so places only). */
const ABBREVIATION_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}?\. )$/u;

/** "St" or "Lee C" cut at an abbreviation's point: the name goes on after it (". Louis", ". Bollinger"). */
const CUT_AT_POINT = /(?:^|\s)\p{Lu}\p{Ll}?$/u;
const AFTER_POINT = /^\. (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)*)/u;

/**
 * A name answer as its sentence writes it whole: "Joseph L. Votel", not "Votel"; "St. Louis", not
 * "St" (issue 13: abbreviated names kept whole). Only a name read verbatim from the sentence is
 * widened, and only over initials and an abbreviation's point, never over a title or another word.
 */
export function wholeName(c: Scored): Scored {
  const v = c.value;
  if (!NAMED.has(v.type) || v.items || typeof v.normalized !== 'string') return c;
  const text = c.record.passage.text;
  const from = v.start - c.record.passage.start;
  const to = v.end - c.record.passage.start;
  if (from < 0 || to > text.length || text.slice(from, to) !== v.normalized) return c;
  const head = text.slice(0, from);
  const before = INITIALS_BEFORE.exec(head)?.[1] ?? (v.type === 'place' ? (ABBREVIATION_BEFORE.exec(head)?.[1] ?? '') : '');
  const after = CUT_AT_POINT.test(v.normalized) ? (AFTER_POINT.exec(text.slice(to))?.[0] ?? '') : '';
  if (!before && !after) return c;
  const name = `${before}${v.normalized}${after}`;
  const widened: TypedValue = { ...v, text: name, normalized: name, start: v.start - before.length, end: v.end + after.length };
  return { ...c, value: widened };
}
