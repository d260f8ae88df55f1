import { valueKey } from '../display.js';
import type { Question } from '../question.js';
import { askedCount } from './coordination.js';
import { leadOverOthers } from './score.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/** What listsAsAsked() reads of the decision's numbers (weights.ts DECISION). */
export type ListGates = Pick<typeof DECISION, 'listP' | 'listShare' | 'listLead'>;

/**
 * "which senators want the program overhauled" against "Critics of the program, like Senators A,
 * Republican of Iowa, and B, Democrat of Vermont, see …": a question asking for many is answered by
 * a list, but the ranker, trained on questions asking for one value, weighs a list as one value,
 * and the words of a long plural question are seldom all in the sentence that lists the names: the
 * list falls under the threshold or the gate on a missing word. A list of two or more items of the
 * asked kind at the top, in a sentence carrying most of the question's words, well ahead of every
 * other value (its own items as single values among them), and holding as many items as the
 * question asks for when it gives a number, answers (weights.ts DECISION.list* says what was measured).
 */
export function listsAsAsked(q: Question, top: Scored, scored: readonly Scored[], gates: ListGates): boolean {
  const items = top.value.items ?? [];
  if (!q.plural || q.wants === 'statement' || items.length < 2) return false;
  if (top.p < gates.listP || top.features.soft < gates.listShare || leadOverRivals(top, scored) < gates.listLead) return false;
  // "which two counties did Ruiz carry" against "lost … in Marlow County to Tom Vale and Essex to …": a list mixing kinds is no list of the asked kind.
  const wanted = q.wants.types;
  if (!items.every((i) => wanted.includes(i.type))) return false;
  const count = askedCount(q);
  return count === null || count === items.length;
}

/**
 * How far the list's score is ahead of the best value that is neither the list nor one of its own
 * items: an item offered alone is part of the answer, no rival to it (the ranker puts the list ahead
 * of its first item by the list's own bonus, whatever the sentence says).
 */
export function leadOverRivals(list: Scored, scored: readonly Scored[]): number {
  return leadOverOthers(list, scored, new Set([list.value, ...(list.value.items ?? [])].map(valueKey)));
}
