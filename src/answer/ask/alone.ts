import type { FocusTerm, Question } from '../question.js';
import { LIGHT_VERBS, WEAK_TERMS } from '../lexicon.js';
import { relatedLemmas } from '../related.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/** What standsAlone() reads of the decision's numbers (weights.ts DECISION). */
export type AloneGates = Pick<typeof DECISION, 'aloneShare' | 'aloneLead' | 'aloneP'>;

/**
 * A value no other value comes near (its lead at the cap: no candidate of another value scores
 * within it, in any article), in a sentence that carries most of the question's words and states
 * the relation asked about: held back by the threshold or by the gate on a missing question word,
 * such values were right far more often than the answers /ask gives (weights.ts DECISION.alone*
 * says what was measured). "The 22-member committee would meet … at least 10 days after a Pence
 * withdrawal" answers "how long after pence drops out would the indiana committee meet". An
 * organisation is left to the other gates (alone at the top it was wrong as often as right) unless
 * the question's type noun is bound to it.
 */
export function standsAlone(q: Question, top: Scored, gates: AloneGates): boolean {
  if (top.lead < gates.aloneLead || top.features.soft < gates.aloneShare || top.p < gates.aloneP) return false;
  // "which paper broke the story": the question's type noun bound to the value (its title, its
  // apposition, the kind the name holds) ties it to the slot as the question's verb would, for an
  // organisation too; so does the noun a count question counts bound to the number ("how many
  // delegates": "95 delegates"). Held back on the spent sets, such names were right 16 times and
  // never wrong, such counts right 11 times and wrong 2.
  if (top.features.typeNoun === 1 || top.features.counted === 1) return true;
  return top.value.type !== 'organization' && statesAskedRelation(q, top);
}

/**
 * The value fills the question's slot only as an argument of its predicate: every verb the question
 * requires is in the sentence, itself (or a form matched already) or as a word WordNet relates to
 * it ("reject" / "refused", "think" / "believes"). A sentence lacking it ("how many fighters have
 * died" against "one proxy army fighting") tells something else about the same things; on the
 * spent sets those were the questions with no answer that such a value answered.
 */
function statesAskedRelation(q: Question, top: Scored): boolean {
  const words = top.record.terms.filter((t) => !LIGHT_VERBS.has(t) && !WEAK_TERMS.has(t));
  return q.focus.filter((f) => f.verb && !f.weak && !f.name).every((f) => top.matched.has(f.term) || relatedIn(f, words));
}

function relatedIn(f: FocusTerm, words: readonly string[]): boolean {
  const mine = relatedLemmas(f.term);
  return words.some((w) => w !== f.term && (mine.has(w) || relatedLemmas(w).has(f.term)));
}
