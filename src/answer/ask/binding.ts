import type { FactRecord, TypedValue } from '../../model/records.js';
import { lemma } from '../../nlp/lemma.js';
import { placeKinds } from '../../nlp/places.js';
import { STATE_ABBREVIATIONS } from '../../extract/lexicon.js';
import { CLAUSE_OPENING_WORDS, REFERRING_PRONOUN_WORDS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { Question } from '../question.js';

/**
 * A figure belongs to its own clause: in "158 courses closed and just 14 opened" 14 is what
 * opened, in "Sanders is up from 37 percent and Clinton is down from 49 percent" 49 is Clinton's,
 * in "monitors 20,000 of its 70,000 mosques" 20,000 is what is monitored. When the question's
 * verbs and names sit in the clause of another figure of the same kind, this one does not fill
 * the question's slot.
 */

/** Kinds of figure a sentence sets side by side in parallel clauses. */
const FIGURES: ReadonlySet<string> = new Set(['number', 'percent', 'money', 'duration', 'age']);

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENING_WORDS);
const opensClause = (word: string) => CLAUSE_OPENERS.has(word.toLowerCase());

/** Punctuation that ends a clause. */
const CLAUSE_PUNCT = /[,;:()\u2014\u2013"\u201c\u201d]/u;

interface Span {
  from: number;
  to: number;
}

/** The clause around [from, to) in text: from the last break before it to the first break after it. */
export function clauseAround(text: string, from: number, to: number): Span {
  // "a majority of Republican statements (52%) were rated false": a figure alone in brackets is the words' before them.
  const open = /\(\s*$/u.exec(text.slice(0, from));
  const close = /^\s*\)/u.exec(text.slice(to));
  if (open && close) return { from: clauseStart(text, open.index), to: clauseEnd(text, to + close[0].length) };
  return { from: clauseStart(text, from), to: clauseEnd(text, to) };
}

function clauseStart(text: string, from: number): number {
  const before = text.slice(0, from);
  let cut = 0;
  for (const m of before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*|[^\s\p{L}\p{N}]/gu)) {
    const t = m[0];
    if (CLAUSE_PUNCT.test(t) && !isThousands(text, m.index) && !isPlaceComma(text, m.index)) cut = m.index + 1;
    else if (opensClause(t)) cut = m.index;
  }
  // "20,000 of its 70,000 mosques": the whole a part is taken from is not what the verb acts on.
  const partitive = /[\d.,]+%?\s+(?:percent\s+)?of\s+(?:[\p{L}'\u2019]+\s+){0,3}$/iu.exec(before);
  if (partitive && partitive.index + partitive[0].length >= cut) {
    const of = before.toLowerCase().lastIndexOf(' of ');
    cut = Math.max(cut, of + 1);
  }
  return cut;
}

function clauseEnd(text: string, to: number): number {
  const after = text.slice(to);
  for (const m of after.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*|[^\s\p{L}\p{N}]/gu)) {
    const t = m[0];
    if ((CLAUSE_PUNCT.test(t) && !isThousands(text, to + m.index) && !isPlaceComma(text, to + m.index)) || opensClause(t)) return to + m.index;
    // "43 percent of the money to Mr. Obama": the dot of a title or an initial ends no clause.
    if (t === '.' && !/^\.\d/.test(after.slice(m.index)) && !endsAbbreviation(text.slice(0, to + m.index))) return to + m.index;
  }
  return text.length;
}

/** "Mr", "Sen", "U.S": the text before a dot ends in a title's or an initial's short form. */
function endsAbbreviation(before: string): boolean {
  const token = /\S*$/u.exec(before)?.[0] ?? '';
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(token) || /^\p{Lu}\p{Ll}{1,2}$/u.test(token);
}

/** "70,000": a comma between digits is part of the figure. */
function isThousands(text: string, at: number): boolean {
  return text[at] === ',' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}

/** One or two capitalised words, then a comma and one or two capitalised words (a state or a country), then a comma. */
const TOWN_AND_REGION = /((?:\p{Lu}[\p{L}'\u2019.-]*\s)?\p{Lu}[\p{L}'\u2019.-]*),\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),$/u;

/** What follows a list's item rather than a town's state: another place, then a comma, "and" or "or" ("Nigeria, Qatar"). */
const LIST_GOES_ON = /^\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*(?:,|and\b|or\b|$)/u;

/**
 * "The club in Jupiter, Florida, was paid $29,715": the commas that set a state or a country beside
 * its town are inside one phrase and end no clause, else the figure's clause loses its subject (and
 * another figure's clause, holding its own subject, seems to bind the question's names better). Only
 * a town (not itself a state or a country, as in a list "Ohio, Texas, and Utah") and a known state,
 * country or state abbreviation ("Macon, Ga.,"), and not where a list goes on after them ("the
 * Cayman Islands, Nigeria, Qatar").
 */
function isPlaceComma(text: string, at: number): boolean {
  if (text[at] !== ',') return false;
  const around = (s: number, e: number) => TOWN_AND_REGION.exec(text.slice(Math.max(0, s - 60), e));
  const closing = around(at, at + 1);
  const opening = /^\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,/u.exec(text.slice(at + 1));
  const end = closing ? at + 1 : opening ? at + 1 + opening[0].length : -1;
  const m = end < 0 ? null : around(at, end);
  return m !== null && !isRegion(m[1]) && isRegion(m[2]) && !listGoesOn(text.slice(end));
}

function listGoesOn(after: string): boolean {
  const m = LIST_GOES_ON.exec(after);
  return m !== null && isRegion(m[1]);
}

/** A state or a country the lexicon knows ("Florida", "New Hampshire", "France"), or a state's abbreviation with its period ("Ga."). */
function isRegion(name: string): boolean {
  if (/\.$/.test(name)) return STATE_ABBREVIATIONS.has(name.replace(/\./g, '').toLowerCase());
  const kinds = placeKinds(name);
  return kinds.has('region') || kinds.has('country');
}

function words(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)].map((m) =>
    m[0]
      .toLowerCase()
      .replace(/['\u2019]s$/, '')
      .replace(/['\u2019]$/, ''),
  );
}

/** "said" → "say", "took" → "take": an irregular past the matcher's inflections do not reach. */
function pastStem(word: string): string {
  return lemma({ normal: word, text: word, tags: ['Verb', 'PastTense'] });
}

/** The question's verbs and names (the strong words) and its other words that stand in the value's clause. */
function boundTerms(q: Question, record: FactRecord, v: TypedValue): { strong: Set<string>; other: Set<string> } {
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  const span = clauseAround(record.passage.text, from, to);
  const own = words(record.passage.text.slice(span.from, span.to));
  const strong = new Set<string>();
  const other = new Set<string>();
  // An age stands beside its holder in apposition ("President Lee, 70,"), not in a clause of its own.
  const named = v.type === 'age' ? new Set<string>() : personWords(record);
  for (const f of q.focus) {
    // "what % does Lee get against Ruiz": Ruiz's clause holds Ruiz's share, which is not the one asked for.
    if (f.weak || f.typeNoun || (f.opponent && v.type === 'percent') || !own.some((w) => wordMatch(f, w) > 0 || wordMatch(f, pastStem(w)) > 0)) continue;
    (f.verb || f.name || named.has(f.term) ? strong : other).add(f.term);
  }
  return { strong, other };
}

/**
 * The words of the people the sentence names: a question typed in lower case ("how many delegates
 * has bush got") names someone the sentence names though nothing in the question marks the word as
 * a name. Not organisations: "the Senate" is as often the plain subject of every clause.
 */
function personWords(record: FactRecord): Set<string> {
  const out = new Set<string>();
  for (const v of record.values) if (v.type === 'person') for (const w of words(v.text)) out.add(w);
  return out;
}

/** The other figures of the value's kind in its passage, when the value is a lone figure inside it. */
function peersOf(record: FactRecord, v: TypedValue): TypedValue[] {
  if (!FIGURES.has(v.type) || v.items) return [];
  const text = record.passage.text;
  const inside = (o: TypedValue) => o.start >= record.passage.start && o.end <= record.passage.start + text.length;
  if (!inside(v)) return [];
  return record.values.filter((o) => o.type === v.type && o.start !== v.start && !o.items && inside(o));
}

/** Whether one clause's words hold a word the other's lack, while lacking none the other holds. */
function outbinds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((t) => !b.has(t)) && ![...b].some((t) => !a.has(t));
}

/**
 * Which of a sentence's percentages the question asks for, as their own clauses tell: 1 when this
 * one's clause outbinds every other's, 0 when another's outbinds it, null when the clauses do not
 * tell (the figures share one clause, or each holds a word the other lacks). The question's verbs and
 * names decide first ("46 percent would choose Lee and 44 percent would back Ruiz": Lee's is 46); when
 * they sit alike, its other words do ("57.5 percent of the vote (53 percent turnout)": the vote's is
 * 57.5, the turnout's 53).
 */
export function clauseChoice(q: Question, record: FactRecord, v: TypedValue): 0 | 1 | null {
  if (v.type !== 'percent') return null;
  const peers = peersOf(record, v);
  if (peers.length === 0) return null;
  const mine = boundTerms(q, record, v);
  const theirs = peers.map((o) => boundTerms(q, record, o));
  for (const level of ['strong', 'other'] as const) {
    if (theirs.some((t) => outbinds(t[level], mine[level]))) return 0;
    if (theirs.every((t) => outbinds(mine[level], t[level]))) return 1;
    if (theirs.some((t) => !sameWords(t[level], mine[level]))) return null;
  }
  return null;
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((t) => b.has(t));
}

/**
 * Whether another figure of the value's kind in its sentence holds, in its own clause, a verb or
 * name of the question that this one's clause lacks, while this one's clause holds none the other
 * lacks ("two minutes on LinkedIn and one minute on Twitter": Twitter binds the second figure
 * though the verb stands by the first). When both clauses hold the same verbs and names, the
 * question's other words tell the same way ("Trump International Golf Club was paid $29,715; Trump
 * Restaurants LLC was paid $125,080" for "how much did trump restaurants llc get paid": the paying
 * and the name sit in both, the restaurants only in the second). Only said when both clauses are
 * known; a lone figure is never judged by this.
 */
export function boundToAnother(q: Question, record: FactRecord, v: TypedValue): boolean {
  const peers = peersOf(record, v);
  if (peers.length === 0) return false;
  const mine = boundTerms(q, record, v);
  return peers.some((o) => {
    const theirs = boundTerms(q, record, o);
    if (outbinds(theirs.strong, mine.strong)) return true;
    // An age stands in apposition beside its holder ("President Lee, 70,"): its clause holds none of its words.
    return v.type !== 'age' && sameWords(theirs.strong, mine.strong) && outbinds(theirs.other, mine.other);
  });
}

/** Pronouns that carry someone named earlier in the sentence into a later clause. */
const REFERRING_PRONOUNS: ReadonlySet<string> = new Set(REFERRING_PRONOUN_WORDS);

/** Kinds of figure whose clause says whose figure it is (a date or an age is judged otherwise). */
const OWNED_FIGURES: ReadonlySet<string> = new Set(['number', 'percent', 'money']);

/**
 * "what share of renters backed Okafor" against "While 62 percent of renters said they backed Mayor
 * Dana Ruiz, 35 said the same of Okafor": the figure's own clause
 * is about someone the question never names, and the person it names stands in another clause of
 * the sentence, so the figure is another's (the one asked for may not be written as a figure of its
 * kind at all). Only said when the clause holds none of the question's people and nothing that
 * carries one in: "against Ruiz's 412 and Councilman Tom Vale's 96" still gives Vale his 96, "but
 * his four-point lead … came to a loss to Ruiz" still gives his lead (a pronoun), "Ruiz …, taking
 * 54 percent … to Okafor's 41 percent" still gives Ruiz hers (a participle, and Okafor holds the
 * other share).
 */
export function figureOfAnother(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (!OWNED_FIGURES.has(v.type) || v.items) return false;
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return false;
  const people = record.values.filter((o) => o.type === 'person' && o.start >= record.passage.start && o.end <= record.passage.start + text.length);
  const asked = askedPeople(q, people);
  if (asked.length === 0) return false;
  const span = clauseAround(text, from, to);
  const askedWord = (w: string) => asked.some((f) => wordMatch(f, w) > 0);
  const own = words(text.slice(span.from, span.to));
  // "…, taking 54 percent … to Okafor's 41 percent": a participle's clause speaks of the sentence's subject.
  if (/ing$/.test(own[0] ?? '')) return false;
  // "but his four-point lead … came to a loss to Ruiz": a pronoun carries the sentence's subject into the clause.
  if (own.some(askedWord) || own.some((w) => REFERRING_PRONOUNS.has(w))) return false;
  const typed = new Set(q.words.map((w) => w.toLowerCase()));
  const inClause = (o: TypedValue) => o.start - record.passage.start >= span.from && o.end - record.passage.start <= span.to;
  // "Okafor's 41 percent" beside the figure: the other person holds another figure, not this one.
  if (peersOf(record, v).some(inClause)) return false;
  const another = people.filter(inClause).some((o) => !words(o.text).some((w) => typed.has(w) || q.focus.some((f) => !f.weak && wordMatch(f, w) > 0)));
  return another && words(`${text.slice(0, span.from)} ${text.slice(span.to)}`).some(askedWord);
}

/** The question's words that name a person its sentence names (typed in lower case or not). */
function askedPeople(q: Question, people: readonly TypedValue[]): Question['focus'] {
  const named = [...new Set(people.flatMap((o) => words(o.text)))];
  return q.focus.filter((f) => !f.weak && !f.typeNoun && named.some((w) => wordMatch(f, w) > 0));
}
