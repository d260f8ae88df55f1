import { valueKey } from '../display.js';
import { ARTICLE_WORDS, SINGULAR_COPULA_WORDS, WHO_WORDS } from '../lexicon.js';
import type { TypedValue } from '../../model/records.js';
import type { Question } from '../question.js';
import { askedCount, coordinationOf } from './coordination.js';
import { restatesQuestion } from './restates.js';
import { leadOverOthers } from './score.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/** What listsAsAsked() and coordinatedDoers() read of the decision's numbers (weights.ts DECISION). */
export type ListGates = Pick<typeof DECISION, 'listP' | 'listShare' | 'listLead' | 'whoListP' | 'whoListLead'>;

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

/**
 * "who founded the firm" against "Blair Ruiz and Tom Vale, the firm's co-founders, …": "who" takes a
 * singular verb however many people it asks for, so a question reading as asking for one may be
 * answered by several. When no value was asserted, the likeliest value is one item of a
 * coordination of names in its sentence (or the coordination itself), every item of one asked kind
 * and none named by the question, and the coordination leads every other value, the coordination
 * answers. Not for a question naming the one it wants ("which senator", "who is the chairman").
 */
export function coordinatedDoers(q: Question, top: Scored, scored: readonly Scored[], gates: ListGates): Scored | null {
  if (!asksWhoAlone(q) || q.wants === 'statement') return null;
  const wanted = q.wants.types;
  const list = (top.value.items?.length ?? 0) > 1 ? top.value : coordinationOf(top.record, top.value, wanted);
  const items = list?.items ?? [];
  if (list === null || items.length < 2) return null;
  // "who snuck onto the floor" against "delegates from Madison, Alabama …": a list of places answers no "who".
  const kind = items[0].type;
  if (!wanted.includes(kind) || items.some((i) => i.type !== kind || restatesQuestion(q, i) || loneSurname(i))) return null;
  const listed = list === top.value ? top : { ...top, value: list };
  if (top.p < gates.whoListP || top.features.soft < gates.listShare || leadOverRivals(listed, scored) < gates.whoListLead) return null;
  return listed;
}

/** "Senator Lindsey Graham and Mr. Bush": a person the list names by one word is not told apart from others of that name. */
function loneSurname(item: TypedValue): boolean {
  return item.type === 'person' && !/\s/.test(String(item.normalized ?? item.text).trim());
}

const WHO: ReadonlySet<string> = new Set(WHO_WORDS);
const ONE_COPULAS: ReadonlySet<string> = new Set(SINGULAR_COPULA_WORDS);
const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_WORDS);

/**
 * "who founded the firm", "whose songs does she sing": a question opening on "who" that does not
 * say it wants one, by a kind noun ("which senator"), a role ("who is the chairman"), an owner
 * ("Ruiz's wife") or a name it asks about ("who is Ruiz").
 */
function asksWhoAlone(q: Question): boolean {
  const [first, second, third] = q.words;
  if (!WHO.has(first ?? '') || q.plural || q.identity || q.asksRole || q.speech || q.head !== null) return false;
  if (ONE_COPULAS.has(second ?? '') && ARTICLES.has(third ?? '')) return false;
  return !q.focus.some((f) => f.typeNoun);
}
