import nlp from 'compromise';
import type { FactRecord, TypedValue } from '../../model/records.js';
import { normaliseForParse, type TermJson, type VerbJson } from '../../nlp/parse.js';
import { ARGUMENT_FILLER, AUTHORING_VERBS, LEADER_ROLES, LEADING_VERBS, SPEECH_VERBS, SUBJECT_PHRASE_PREPOSITIONS } from '../lexicon.js';
import { bestMatch, wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { clauseAround } from './binding.js';

/**
 * "who bought Acme": the person asked for is the doer of the question's verb in the matched
 * sentence — the subject of an active clause ("Jo Smith bought Acme"), the agent of a passive one
 * ("Acme was bought by Jo Smith"), or the holder of a role that runs what is asked about ("Jo
 * Smith, the president of Acme" for "who runs Acme"). The doer's value is bound to the verb and to
 * the words of its other argument, so a sentence naming several people answers with the one who
 * did it. compromise reads the clause roles; nothing is bound inside a quotation, to a possessor
 * ("Smith's company bought …") or when two names share the subject.
 */

/** One act a sentence states: its verb's lemma, the span of its doer and the words of its other argument. */
export interface Act {
  verb: string;
  doer: TypedValue;
  other: string[];
}

interface Span {
  from: number;
  to: number;
}

/** compromise's verb phrases (its forEach hands each one on as a plain view). */
type VerbPhrase = ReturnType<ReturnType<typeof nlp>['verbs']>;

interface SentenceJson {
  terms: TermJson[];
}

interface PhraseJson {
  offset: { start: number; length: number };
}

/** Verbs whose object is what was said: its words are a statement, not an argument to bind. */
const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((v) => !AUTHORING_VERBS.includes(v)));
const LEADING: ReadonlySet<string> = new Set(LEADING_VERBS);
const LEADER: ReadonlySet<string> = new Set(LEADER_ROLES);

const FILLER: ReadonlySet<string> = new Set(ARGUMENT_FILLER);
const IN_PHRASE = new RegExp(`\\b(?:${SUBJECT_PHRASE_PREPOSITIONS.join('|')})\\s`, 'iu');

/** Acts are read once per sentence: questions over one corpus meet the same passages again and again. */
const acts = new Map<string, Act[]>();
const MAX_CACHED = 5000;

/** The question's own verbs, the act it asks the doer of ("who founded", "who runs"). */
function askedVerbs(q: Question): FocusTerm[] {
  if (q.wants === 'statement' || !q.wants.types.includes('person') || q.asksObject) return [];
  // "which journalist said Carson was losing": the act asked is the saying; the verbs after it are the statement's.
  if (q.focus.some((f) => SPEECH.has(f.term))) return [];
  return q.focus.filter((f) => f.verb && !f.weak && !f.name);
}

/** The question's words other than its verbs: what the act is done to ("the development bank"). */
function askedObject(q: Question): FocusTerm[] {
  return q.focus.filter((f) => !f.verb && !f.weak && !f.typeNoun);
}

/** The acts of the record whose sole doer does one of the question's verbs to what it asks about. */
export function doersOf(q: Question, record: FactRecord): Act[] {
  const verbs = askedVerbs(q);
  if (verbs.length === 0) return [];
  // The act must be done to what the question names: "who won Iowa" is not answered by "Trump won by a margin",
  // and every word of it the sentence states is in the act's argument ("a leader of the Coalition to Stop
  // Trump" does not run "Citizens for Trump", named beside it); a word the sentence leaves to its article
  // ("the bank" for "the development bank") need not be.
  const object = askedObject(q);
  const stated = object.filter((f) => bestMatch(f, record.terms) > 0);
  const bound = (a: Act) => object.length === 0 || (stated.length > 0 && stated.every((f) => bestMatch(f, a.other) > 0));
  const matches = (a: Act) => verbs.some((f) => wordMatch(f, a.verb) > 0) && bound(a);
  const found = actsOf(record).filter(matches);
  // Two different people doing the asked act ("Lee founded it with Ruiz") leave the slot open.
  const names = new Set(found.map((a) => String(a.doer.normalized)));
  return names.size === 1 ? found : [];
}

/**
 * "who runs Acme" against "Jo Smith, the president of Acme": the sentence states the act asked
 * about through the role, so its record counts as carrying the question's verb.
 */
export function withStatedActs(q: Question, record: FactRecord): FactRecord {
  // Only a role that names all of what the question asks about stands for its verb: "a leader of the
  // Coalition to Stop Trump" does not say who runs "Citizens for Trump".
  const object = askedObject(q);
  const whole = (a: Act) => object.every((f) => bestMatch(f, a.other) > 0);
  const verbs = doersOf(q, record)
    .filter(whole)
    .map((a) => a.verb)
    .filter((v) => !record.terms.includes(v));
  return verbs.length === 0 ? record : { ...record, terms: [...record.terms, ...new Set(verbs)] };
}

/**
 * The value bound to the act the question asks about, when it is that act's sole doer in its
 * sentence: its context gains the verb and the words of the act's other argument.
 */
export function withArguments(doers: readonly Act[], v: TypedValue): TypedValue {
  if ((v.type !== 'person' && v.type !== 'organization') || v.items) return v;
  const mine = doers.filter((a) => a.doer.start === v.start);
  if (mine.length === 0) return v;
  const extra = mine.flatMap((a) => [a.verb, ...a.other]).filter((w) => !(v.context ?? []).includes(w));
  return extra.length === 0 ? v : { ...v, context: [...(v.context ?? []), ...new Set(extra)] };
}

/**
 * "who founded the bank" against "The bank was founded by Tugwell, who was appointed by
 * Roosevelt": when the sentence names the doer of the asked act, no other name in it does it.
 */
export function anotherDoes(doers: readonly Act[], v: TypedValue): boolean {
  if (v.type !== 'person' && v.type !== 'organization') return false;
  return doers.length > 0 && !doers.some((a) => a.doer.start === v.start);
}

function actsOf(record: FactRecord): Act[] {
  const key = `${record.passage.start}:${record.passage.text}`;
  const known = acts.get(key);
  if (known) return known;
  const found = [...verbActs(record), ...roleActs(record)];
  if (acts.size >= MAX_CACHED) acts.clear();
  acts.set(key, found);
  return found;
}

function people(record: FactRecord): TypedValue[] {
  return record.values.filter((v) => (v.type === 'person' || v.type === 'organization') && !v.items);
}

/** Where a value stands in its passage. */
function spanOf(record: FactRecord, v: TypedValue): Span {
  return { from: v.start - record.passage.start, to: v.end - record.passage.start };
}

/** Acts told by a verb: its subject does an active verb, the name after "by" a passive one. */
function verbActs(record: FactRecord): Act[] {
  const text = record.passage.text;
  const named = people(record);
  if (named.length === 0) return [];
  const quoted = quotedSpans(text);
  const inQuote = (at: number) => quoted.some((q) => at >= q.from && at < q.to);
  const doc = nlp(normaliseForParse(text));
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[]).flatMap((x) => x.terms);
  const out: Act[] = [];
  doc.verbs().forEach((view) => {
    const vb = view as VerbPhrase;
    const j = (vb.json({ offset: true }) as VerbJson[])[0];
    const verb = j?.verb?.infinitive?.toLowerCase();
    const grammar = j?.verb?.grammar;
    if (!j || !verb || grammar?.copula || grammar?.isInfinitive || SPEECH.has(verb)) return;
    const at: Span = { from: j.offset.start, to: j.offset.start + j.offset.length };
    if (inQuote(at.from)) return;
    const clause = clauseAround(text, at.from, at.to);
    const subject = (vb.subjects().json({ offset: true }) as PhraseJson[]).map((x) => ({ from: x.offset.start, to: x.offset.start + x.offset.length }));
    const act = grammar?.passive ? passiveAct(record, named, at, clause, subject) : activeAct(record, at, subject, objectWords(terms, at.to, clause.to));
    if (act && !inQuote(spanOf(record, act.doer).from)) out.push({ ...act, verb });
  });
  return out;
}

/**
 * "Jo Smith bought Acme": one name heads the subject (only a title before it, nothing but
 * punctuation after it, never a possessor); "the chairman of Acme will hold" is not Acme's act.
 */
function activeAct(record: FactRecord, at: Span, subject: Span[], other: string[]): Omit<Act, 'verb'> | null {
  const text = record.passage.text;
  // A list in the subject ("Trump and Senators Cruz and Rubio slammed") is several doers: none is the sole one.
  const inSubject = record.values.filter((v) => {
    if (v.type !== 'person' && v.type !== 'organization') return false;
    const s = spanOf(record, v);
    return subject.some((p) => s.from >= p.from && s.to <= p.to);
  });
  if (inSubject.length !== 1 || inSubject[0].items) return null;
  const doer = inSubject[0];
  const own = spanOf(record, doer);
  const phrase = subject.find((p) => own.from >= p.from && own.to <= p.to);
  if (!phrase || own.to > at.from) return null;
  const before = text.slice(phrase.from, own.from);
  const after = text.slice(own.to, phrase.to);
  // Only a description may stand before the name ("the developer Corin Vale"), never a phrase it sits in ("chairman of").
  if (!/^(?:[\p{L}\p{N}.'\u2019-]+\s+){0,5}$/u.test(before) || IN_PHRASE.test(before) || !/^[\s,]*$/u.test(after)) return null;
  return { doer, other };
}

/** "Acme was bought by Jo Smith": the name right after "by" does it; the subject is the other argument. */
function passiveAct(record: FactRecord, named: TypedValue[], at: Span, clause: Span, subject: Span[]): Omit<Act, 'verb'> | null {
  const text = record.passage.text;
  const doer = named.find((v) => {
    const s = spanOf(record, v);
    // A title or a short description may stand between ("by President Roosevelt", "by the developer Jo Smith"), not a phrase ("by a friend of").
    const by = /\bby\s+((?:[\p{L}.'\u2019-]+\s+){0,3})$/u.exec(text.slice(at.to, s.from));
    return s.from >= at.to && s.to <= clause.to && by !== null && !IN_PHRASE.test(by[1]);
  });
  if (!doer) return null;
  return { doer, other: subject.flatMap((p) => contentWords(text.slice(p.from, p.to))) };
}

/**
 * The verb's other argument: the noun phrase right after it ("bought the Trump golf resort", with
 * an "of" phrase), or, when a preposition comes first, that one phrase ("drove onto the sidewalk").
 * It ends at the next preposition, verb, conjunction or clause break, so a phrase further on ("won
 * by a margin … over Iowa winner Cruz") is not what was acted on.
 */
function objectWords(terms: TermJson[], from: number, to: number): string[] {
  const out: string[] = [];
  for (const t of terms) {
    const start = t.offset.start;
    if (start < from) continue;
    if (start >= to) break;
    const tags = new Set(t.tags);
    const preposition = tags.has('Preposition') && t.normal !== 'of';
    if (out.length > 0 && (preposition || tags.has('Verb') || tags.has('Conjunction'))) break;
    if (!tags.has('Adverb') && !tags.has('Preposition') && !tags.has('Determiner')) out.push(t.text);
    if (/[,;:()\u2014\u2013]/u.test(t.post ?? '')) break;
  }
  return contentWords(out.join(' '));
}

/**
 * "Jo Smith, the president of Acme" (or "executive director at Acme"): a name whose apposition is
 * a leading role of something runs it, for "who runs/leads/heads Acme".
 */
function roleActs(record: FactRecord): Act[] {
  const text = record.passage.text;
  const out: Act[] = [];
  for (const doer of people(record)) {
    if (doer.type !== 'person') continue;
    const m = /^\s*,\s*(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s+(?:of|at)\s+(?:the\s+)?([^,;:()"\u201c\u201d\u2014]{1,80})/iu.exec(
      text.slice(spanOf(record, doer).to),
    );
    if (!m || !LEADER.has(m[2].toLowerCase())) continue;
    const other = contentWords(m[3]);
    for (const verb of LEADING) out.push({ verb, doer, other });
  }
  return out;
}

/** Spans inside quotation marks: a name there is another speaker's words, not the sentence's act. */
function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  // Straight, curly or doubled-apostrophe marks (as some wires print them); an unclosed one runs to the end.
  for (const m of text.matchAll(/(?:"|\u201c|'')[\s\S]*?(?:"|\u201d|''|$)/gu)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

/** Lower-case words of an argument (and their singulars), without the little words. */
function contentWords(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)]
    .map((m) => m[0].toLowerCase().replace(/['\u2019]s?$/u, ''))
    .filter((w) => w.length > 1 && !FILLER.has(w))
    .slice(0, 12);
  return [...new Set(words.flatMap((w) => [w, w.replace(/s$/, '')]))].filter((w) => w.length > 1);
}
