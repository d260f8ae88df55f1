import type { FactRecord, TypedValue } from '../../model/records.js';
import { DAY_NOUNS, REASON_MARKERS, RELATIVE_PERIOD_OPENERS, RELATIVE_PERIOD_UNITS } from '../lexicon.js';
import type { Question } from '../question.js';

/**
 * Precision gates of /ask (issue 13: a wrong answer costs more than "not found"). Each one says
 * when a value or passage the scorer liked still does not answer the question as asked.
 */

/**
 * "the Fed's argument next year", "a speech this month": the period holding or following the
 * publication day, which the article uses loosely. Given as a date it asserts a time the text
 * never states.
 */
export function isRelativePeriod(v: TypedValue): boolean {
  if (v.type !== 'date') return false;
  const words = v.text.toLowerCase().split(/\s+/);
  return words.length === 2 && RELATIVE_PERIOD_OPENERS.includes(words[0]) && RELATIVE_PERIOD_UNITS.includes(words[1]);
}

/** "what day is the speech" asks for a day: a month or a year is coarser than the question. */
export function coarserThanAsked(q: Question, v: TypedValue): boolean {
  if (v.type !== 'date' || typeof v.normalized !== 'string') return false;
  const asksDay = q.focus.some((f) => f.typeNoun && DAY_NOUNS.includes(f.term));
  return asksDay && /^\d{4}(?:-\d\d)?$/.test(v.normalized);
}

/** "why did the mayor resign", "whys the road closed". */
export function asksWhy(query: string): boolean {
  return /^\W*(?:why|whys|y)\b/i.test(query.trim());
}

/** Each reason marker as a whole-word pattern, made once rather than per passage. */
const REASON_PATTERNS: readonly RegExp[] = REASON_MARKERS.map((m) => new RegExp(`\\b${m.replace(/ /g, '\\s+')}\\b`));

/** The passage gives a reason or a purpose in so many words. */
export function givesReason(record: FactRecord): boolean {
  const text = ` ${record.passage.text.toLowerCase().replace(/\s+/g, ' ')} `;
  return REASON_PATTERNS.some((p) => p.test(text));
}

/**
 * "who was detained", "who got hurt", "who is the ban really aimed at": a passive asks who underwent
 * the act, which a passage can tell.
 */
const PASSIVE = /^\W*(?:who|whos|whom)\s+(?:is|are|was|were|get|gets|got|has been|have been|had been)\b.*\b\p{L}+(?:ed|en|wn|t)\b/iu;

/**
 * "who wrote the white paper", "who did Gore sell the network to": the question's own verb asks
 * for its doer (or its object), which is a name; a passage naming no one that fills the slot does
 * not answer it. On the spent real-news sets such passages were wrong 4 times in 4.
 */
export function asksDoer(q: Question, query: string): boolean {
  if (q.wants === 'statement' || !q.wants.types.includes('person')) return false;
  return /^\W*(?:who|whom|whos)\b/i.test(query.trim()) && q.focus.some((f) => f.verb && !f.weak) && !PASSIVE.test(query);
}
