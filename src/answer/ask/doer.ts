import type { FactRecord, TypedValue } from '../../model/records.js';
import { bestMatch, wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { clauseAround } from './binding.js';
import type { Scored } from './types.js';

/**
 * Issue 13, precision: "who published the transcript" against "The transcript, published by the
 * Harbor Ledger, shows that Lee talked about taxes". The question's verb is stated in the sentence,
 * but another name stands right beside it: that name is who did it, and a name further off (the
 * subject of another clause) fills no slot of the question. The scorer reads the sentence's words
 * as a bag and cannot tell.
 */

/** Kinds of value that can be the one who does what a verb says. */
const DOERS: ReadonlySet<string> = new Set(['person', 'organization']);

/**
 * For each kind of value, the kinds that compete with it for the question's verb: a doer with the
 * other doers, a date with the other dates ("the ban that passed in 1994 and expired in 2004": 2004
 * is when it expired).
 */
const RIVALS: Readonly<Record<string, ReadonlySet<string>>> = { person: DOERS, organization: DOERS, date: new Set(['date']) };

/** Lower-case words only between two names: the first is part of the second's description ("the Ledger's politics editor Ana Ruiz"). */
const DESCRIBES = /^(?:['\u2019]s)?(?:\s+[\p{Ll}-]+){0,3}\s+$/u;

interface Span {
  from: number;
  to: number;
}

/**
 * True when nothing of the question is bound to the value, and each of the question's verbs that the sentence states has, as its nearest name (of
 * the kinds that act, the question's own names aside) or its nearest date, another value than this
 * one, at least one does, and none has this one nearest. A verb the sentence does not state (a synonym, an
 * irregular form) says nothing either way.
 */
export function doneByAnother(q: Question, top: Scored): boolean {
  // A value the question's type noun or words are bound to ("which ex-commissioner said", "Dan Cantor, who runs the party") fills the slot.
  if (top.features.typeNoun > 0 || top.features.bound > 0) return false;
  const { record, value: v } = top;
  const rivals = Object.hasOwn(RIVALS, v.type) ? RIVALS[v.type] : undefined;
  if (rivals === undefined || v.items) return false;
  const text = record.passage.text;
  const mine = spanOf(record, v);
  if (mine === null) return false;
  const verbs = q.focus.filter((f) => f.verb && !f.weak && !f.name);
  if (verbs.length === 0) return false;
  const key = nameKey(v);
  const named = record.values
    .filter((o) => rivals.has(o.type) && !o.items && !namedInQuestion(q, o))
    .map((o) => ({ same: nameKey(o) === key, span: spanOf(record, o) }))
    .filter((o): o is { same: boolean; span: Span } => o.span !== null && !overlaps(o.span, mine) && !(DOERS.has(v.type) && describes(text, o.span, mine)));
  named.push({ same: true, span: mine });
  let another = false;
  for (const f of verbs) {
    const nearest = nearestTo(text, stated(f, text), named);
    if (nearest === undefined) continue;
    if (nearest.same) return false;
    another = true;
  }
  return another;
}

/** Where the value stands in its passage; null when it stands outside (a carried antecedent). */
function spanOf(record: FactRecord, v: TypedValue): Span | null {
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  return from < 0 || to > record.passage.text.length ? null : { from, to };
}

/** The last word of a name: "Lee" and "Dana Lee" are one person in a sentence; a date is its day. */
function nameKey(v: TypedValue): string {
  if (v.type === 'date') return String(v.normalized ?? v.text);
  return (
    String(v.normalized ?? v.text)
      .toLowerCase()
      .split(/\s+/)
      .at(-1) ?? ''
  );
}

/** A name the question itself gives ("who did Lee meet": Lee is no rival), in any case the reader typed it. */
export function namedInQuestion(q: Question, v: TypedValue): boolean {
  const words = `${v.text} ${String(v.normalized ?? '')}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return q.focus.some((f) => !f.weak && bestMatch(f, words) >= 0.8);
}

function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

function describes(text: string, rival: Span, value: Span): boolean {
  return rival.to <= value.from && DESCRIBES.test(text.slice(rival.to, value.from));
}

/** The places where the sentence states the verb, in any inflection the matcher reads. */
function stated(f: FocusTerm, text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (wordMatch(f, word) > 0 || wordMatch(f, word.replace(/(?:ed|ing|es|s|d)$/, '')) > 0) out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}

/**
 * The value standing nearest any statement of the verb within that statement's clause (binding.ts
 * clauseAround: "passed in 1994 and expired in 2004" puts 1994 in another clause than "expired").
 * Ties go to the value: the gate rules a value out only when another is plainly nearer.
 */
function nearestTo<T extends { same: boolean; span: Span }>(text: string, verbs: Span[], named: T[]): T | undefined {
  let best: T | undefined;
  let gap = Infinity;
  for (const at of verbs) {
    const clause = clauseAround(text, at.from, at.to);
    for (const n of named) {
      if (n.span.from < clause.from || n.span.to > clause.to) continue;
      const d = n.span.to <= at.from ? at.from - n.span.to : n.span.from >= at.to ? n.span.from - at.to : 0;
      if (d < gap || (d === gap && n.same)) {
        best = n;
        gap = d;
      }
    }
  }
  return best;
}
