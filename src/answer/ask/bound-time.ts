import type { Question } from '../question.js';
import { dateBound } from './date-binding.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/** What boundToAskedEvent() reads of the decision's numbers (weights.ts DECISION). */
export type BoundTimeGates = Pick<typeof DECISION, 'boundTimeShare' | 'boundTimeLead'>;

/** The kinds of value a sentence's grammar binds to an event: a point in time or a span of it. */
const TIME_TYPES: ReadonlySet<string> = new Set(['date', 'duration']);

/**
 * A date or span the sentence's grammar binds to one of the question's own event words ("the 1994
 * platform", "the overhaul in 2013", date-binding.ts), in a sentence carrying most of the
 * question's words and ahead of every other value: the grammar ties it to the event asked about
 * as the question's verb would, though the reader says the rest in other words than the article's
 * ("what year did the chairwoman start heading the bank" against "she took the helm in 2006").
 * Held back by the threshold or by a question word its sentence lacks, such values were right 52
 * times and wrong 4 on the studied sets (weights.ts DECISION.boundTime* says what was measured).
 */
export function boundToAskedEvent(q: Question, top: Scored, gates: BoundTimeGates): boolean {
  if (!TIME_TYPES.has(top.value.type)) return false;
  if (top.lead < gates.boundTimeLead || top.features.soft < gates.boundTimeShare) return false;
  return dateBound(q, top.record, top.value);
}
