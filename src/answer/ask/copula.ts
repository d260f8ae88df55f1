import type { FactRecord, TypedValue } from '../../model/records.js';
import { ARGUMENT_FILLER, COPULA_CONDITIONS, COPULA_FORMS, COPULA_HEAD_ENDS, COPULA_HEDGES, COPULA_SUBJECT_BREAKS } from '../lexicon.js';
import { bestMatch, wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { leadOverOthers } from './score.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/**
 * "who is the county's top prosecutor" against "The county's top prosecutor is Dana Whitfield", "what
 * was the old cap" against "The old cap, set in 1998, was $12,400": a value right after a copula is
 * what the clause's subject is, so the subject's words are the value's own, as a title or an
 * apposition would be. When the subject's head is a word of the question and its modifiers do not
 * disagree with the question's ("the old cap" is not "the new cap"), the value fills the slot: its
 * context gains the subject's words (so the role, type-noun and binding checks see them) and the
 * candidate carries the copula feature the scorer weighs (weights.ts).
 *
 * Not read: a value after a negation or a comparison ("was not", "was higher than": the value does
 * not follow the copula), after a modal ("would be"), inside a quotation, or in a sentence that
 * makes the copula conditional ("If the bill passes, the cap will be …").
 */

/** The subject a copula states a value of: its head noun, the words before the head and all its words. */
export interface CopulaSubject {
  head: string;
  modifiers: string[];
  words: string[];
}

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
/** The copula, and any hedge words, right before the value. */
const COPULA_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(COPULA_FORMS)})\\s+(?:(?:${alternatives(COPULA_HEDGES)})\\s+)*$`, 'iu');
/** ", set in 1998," between the subject and its copula: an aside, not the subject. */
const TRAILING_ASIDE = /,\s*[^,;:()\u2014\u2013"\u201c\u201d]{1,80},\s*$/u;
/** Where the subject's clause starts: after a hard break, a sentence end or a comma. */
const SUBJECT_START = /[;:()\u2014\u2013"\u201c\u201d,]|[.!?]\s/gu;

const FILLER: ReadonlySet<string> = new Set(ARGUMENT_FILLER);
const BREAKS: ReadonlySet<string> = new Set(COPULA_SUBJECT_BREAKS);
const HEAD_ENDS: ReadonlySet<string> = new Set(COPULA_HEAD_ENDS);
const CONDITIONS: ReadonlySet<string> = new Set(COPULA_CONDITIONS);

/** A subject longer than this before its head is a clause, not a noun phrase ("Joining him at some of …"). */
const MAX_MODIFIERS = 5;
/** A subject of more words than this is not read. */
const MAX_SUBJECT_WORDS = 16;

function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)].map((m) => m[0].toLowerCase().replace(/['\u2019]s?$/u, ''));
}

/** Whether the offset stands inside quotation marks (straight or curly) of the passage. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || before.lastIndexOf('\u201c') > before.lastIndexOf('\u201d');
}

/** The subject of the copula right before the value, or null when the value follows no copula (or a hypothetical one). */
export function copulaSubject(record: FactRecord, v: TypedValue): CopulaSubject | null {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  if (from <= 0 || from > text.length || quoted(text, from)) return null;
  const before = text.slice(0, from);
  const copula = COPULA_BEFORE.exec(before);
  if (!copula) return null;
  const clause = before.slice(0, copula.index + (/^[^\p{L}]/u.test(copula[0]) ? 1 : 0)).replace(TRAILING_ASIDE, '');
  const sentence = clause.slice(Math.max(0, ...[...clause.matchAll(/[.!?]\s/gu)].map((m) => m.index + m[0].length)));
  if (wordsOf(sentence).some((w) => CONDITIONS.has(w)) || /,\s*$/u.test(clause)) return null;
  const start = Math.max(0, ...[...clause.matchAll(SUBJECT_START)].map((m) => m.index + m[0].length));
  let words = wordsOf(clause.slice(start));
  const cut = words.findLastIndex((w) => BREAKS.has(w));
  words = words.slice(cut + 1);
  while (words.length > 0 && FILLER.has(words[0])) words = words.slice(1);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  const end = words.findIndex((w, k) => k > 0 && HEAD_ENDS.has(w));
  const h = end < 0 ? words.length - 1 : end - 1;
  if (h > MAX_MODIFIERS || HEAD_ENDS.has(words[h])) return null;
  const content = (w: string) => !FILLER.has(w) && !HEAD_ENDS.has(w);
  return { head: words[h], modifiers: words.slice(0, h).filter(content), words: words.filter(content) };
}

/** The question's words a subject's head may be: its required words and its type noun ("which justice"). */
const headTerm = (f: FocusTerm) => !f.weak || f.typeNoun === true;

/**
 * The subject when it is the question's: its head is a word of the question, and its modifiers agree
 * with the question's. They disagree when the subject has a modifier the question lacks while the
 * question has one before the same head that the subject lacks ("the old cap" for "the new cap");
 * one side alone adding a word ("the sitting justice" for "the justice") is no disagreement.
 */
export function askedSubject(q: Question, record: FactRecord, v: TypedValue): CopulaSubject | null {
  const s = copulaSubject(record, v);
  if (s === null) return null;
  const h = q.focus.findIndex((f) => headTerm(f) && wordMatch(f, s.head) > 0);
  if (h < 0) return null;
  const ownModifiers = s.modifiers.filter((w) => !q.focus.some((f) => wordMatch(f, w) > 0));
  const askedModifiers = q.focus.slice(0, h).filter((f) => !f.name && !f.verb && bestMatch(f, s.words) === 0);
  return ownModifiers.length > 0 && askedModifiers.length > 0 ? null : s;
}

/** 1 when the value is the complement of a copula whose subject is the question's (askedSubject), else 0. */
export function copulaFit(q: Question, record: FactRecord, v: TypedValue): number {
  return askedSubject(q, record, v) === null ? 0 : 1;
}

/** The value with its copula subject's words in its context, when that subject is the question's. */
export function withCopulaSubject(q: Question, record: FactRecord, v: TypedValue): TypedValue {
  const s = askedSubject(q, record, v);
  if (s === null) return v;
  const extra = s.words.filter((w) => !(v.context ?? []).includes(w));
  return extra.length === 0 ? v : { ...v, context: [...(v.context ?? []), ...new Set(extra)] };
}

/** What statedOfSubject() reads of the decision's numbers (weights.ts DECISION). */
export type CopulaGates = Pick<typeof DECISION, 'copulaShare' | 'copulaLead'>;

/**
 * "The sitting justice who is least friendly to business is …" for "who is the least business
 * friendly justice on the court": a value stated as what the question's subject is answers though
 * its sentence leaves a word of the question to the article ("the court"), when the sentence carries
 * most of the question's words and no other value scores near it (weights.ts DECISION.copula*).
 */
export function statedOfSubject(top: Scored, scored: readonly Scored[], gates: CopulaGates): boolean {
  return top.features.copula === 1 && top.features.soft >= gates.copulaShare && leadOverOthers(top, scored) >= gates.copulaLead;
}
