import type { FactRecord, TypedValue } from '../../model/records.js';
import { CLAUSE_OPENING_WORDS, DATE_BINDING_PREPOSITIONS, SPAN_BINDING_PREPOSITIONS, SPAN_HEDGES } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';

/**
 * A sentence often states dates for several events ("his 1994 Contract with America, and in 1998
 * the Senate voted"): the date the grammar binds to the question's event word is the one asked
 * for, whichever stands nearer the question's names. A date binds to a word it modifies ("the
 * 1994 platform", "the 2012 presidential race") or that a preposition carries it to ("the
 * overhaul in 2013", "the speech of Jan. 20").
 */

/** Words that may stand between a date and the noun it modifies ("the 2012 presidential race"). */
const MAX_MODIFIERS = 2;
/** Words that may stand between an event noun and the preposition carrying its date ("State of the Union in 2009"). */
const MAX_NOUN_TAIL = 3;

/** Anything but words, spaces and quotes ends the phrase a date belongs to. */
const PHRASE_BREAK = /[^\p{L}\p{N}\s'\u2019"\u201c\u201d-]/u;
/** Every phrase break of a text, for finding the last one (matchAll clones it, so one shared pattern serves every call). */
const PHRASE_BREAKS = new RegExp(PHRASE_BREAK.source, 'gu');

const PREPOSITIONS: ReadonlySet<string> = new Set(DATE_BINDING_PREPOSITIONS);
const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set([...DATE_BINDING_PREPOSITIONS, ...SPAN_BINDING_PREPOSITIONS]);
const HEDGES: ReadonlySet<string> = new Set(SPAN_HEDGES);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENING_WORDS);

/** The words up to the first clause opener ("on Sunday and formally announced": "and" ends the date's phrase). */
function untilOpener(ws: string[]): string[] {
  const at = ws.findIndex((w) => CLAUSE_OPENERS.has(w));
  return at < 0 ? ws : ws.slice(0, at);
}

/** The words after the last clause opener. */
function sinceOpener(ws: string[]): string[] {
  const at = ws.findLastIndex((w) => CLAUSE_OPENERS.has(w));
  return ws.slice(at + 1);
}

/**
 * The question's own event words: not its type noun ("what year"), not the words it leans on
 * lightly, not its names (the people of "which Obama won in 2008 but lost in 2012" take part in
 * both events; the verb tells them apart).
 */
function eventTerms(q: Question): FocusTerm[] {
  return q.focus.filter((f) => !f.weak && !f.typeNoun && !f.name);
}

/** A passage's words, lower case, a possessive's "'s" and an abbreviation's closing period dropped. */
export function passageWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu)].map((m) =>
    m[0]
      .toLowerCase()
      .replace(/['\u2019]s$/u, '')
      .replace(/\.$/u, ''),
  );
}

const matchesAny = (terms: FocusTerm[], w: string) => terms.some((f) => wordMatch(f, w) > 0);

/**
 * "the 1994 Contract": a question word within a few words after the date, inside one phrase. A
 * date a preposition carries ("won in 2008 but lost") modifies no noun after it.
 */
function modifies(terms: FocusTerm[], before: string, after: string): boolean {
  if (PREPOSITIONS.has(passageWords(before).at(-1) ?? '')) return false;
  const cut = after.search(PHRASE_BREAK);
  const ws = untilOpener(passageWords(cut < 0 ? after : after.slice(0, cut))).slice(0, MAX_MODIFIERS + 1);
  return ws.some((w) => matchesAny(terms, w));
}

/**
 * "the overhaul in 2013": a preposition right before the date, and a question word a few words
 * before it. A span may also be carried by "for" or "over", past a hedge ("served for nearly nine
 * years").
 */
function carried(terms: FocusTerm[], before: string, span: boolean): boolean {
  const cut = Math.max(...[...before.matchAll(PHRASE_BREAKS)].map((m) => m.index + 1), 0);
  const ws = sinceOpener(passageWords(before.slice(cut)));
  // "for more than": hedges go, but a hedge that is a span's own preposition ("over two days") stays.
  while (span && ws.length > 1 && HEDGES.has(ws.at(-1) ?? '') && !SPAN_PREPOSITIONS.has(ws.at(-1) ?? '')) ws.pop();
  const prep = ws.pop();
  if (prep === undefined || !(span ? SPAN_PREPOSITIONS : PREPOSITIONS).has(prep)) return false;
  return ws.slice(-MAX_NOUN_TAIL).some((w) => matchesAny(terms, w));
}

/** How the sentence's grammar binds the date to the question's event words: as a modifier of one, carried to one by a preposition, or both. */
export function dateBinding(q: Question, record: FactRecord, v: TypedValue): { modifies: boolean; carried: boolean } {
  const terms = eventTerms(q);
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (terms.length === 0 || from < 0 || to > text.length) return { modifies: false, carried: false };
  return { modifies: modifies(terms, text.slice(0, from), text.slice(to)), carried: carried(terms, text.slice(0, from), v.type === 'duration') };
}

/** Whether the sentence's grammar binds the date to one of the question's event words. */
export function dateBound(q: Question, record: FactRecord, v: TypedValue): boolean {
  const { modifies, carried } = dateBinding(q, record, v);
  return modifies || carried;
}

/**
 * The near feature for a date among other dates of its sentence: 1 when only it is bound to the
 * question's event, 0 when only another is, null when the grammar tells them no apart.
 */
export function boundDateChoice(q: Question, record: FactRecord, v: TypedValue, peers: TypedValue[]): 0 | 1 | null {
  if (v.type !== 'date') return null;
  const mine = dateBound(q, record, v);
  const theirs = peers.some((o) => dateBound(q, record, o));
  if (mine && !theirs) return 1;
  if (!mine && theirs) return 0;
  return null;
}
