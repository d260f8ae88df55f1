import type { FactRecord, TypedValue } from '../../model/records.js';
import { PREPOSITIONS } from '../../extract/lexicon.js';
import { DATE_BINDING_PREPOSITIONS, DATE_PAIR_JOINERS, DATE_UNIT_NOUNS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { Question } from '../question.js';
import { ANCHORS } from '../question-dates.js';
import { relatedLemmas } from '../related.js';
import { baseForms } from '../wordnet.js';
import { dateBinding, passageWords } from './date-binding.js';
import type { Scored } from './types.js';
import type { DECISION } from './weights.js';

/**
 * "what year did the mill close" against "the mill closed in 1998": a question that asks for a
 * date by its unit says what an answer looks like, and a sentence that writes a date in that very
 * unit, bound by its grammar to the asked event (date-binding.ts), answers it though the reader's
 * other words differ from the article's ("what year did the harbour reopen" against "the harbour's
 * reopening in 1998"). The scorer, which weighs how many of the question's words the sentence
 * carries, holds many such dates under its threshold.
 */

/** The unit a date is asked or written in. */
export type DateUnit = 'year' | 'month' | 'day';

/** What askedInItsUnit() reads of the decision's numbers (weights.ts DECISION). */
export type AskedUnitGates = Pick<typeof DECISION, 'askedUnitLead'>;

/** "when in 2008 did …": the year is given, so a month or a day of it is asked. */
const WHEN_IN_YEAR = /^when in (?:1[89]|20)\d\d\b/;

/** The unit the question asks a date in, from its type noun ("what year", "which day"); null when it names none. */
export function askedUnit(q: Question): DateUnit | 'within-year' | null {
  if (q.wants === 'statement' || !q.wants.types.includes('date')) return null;
  const noun = q.focus.find((f) => f.typeNoun && Object.hasOwn(DATE_UNIT_NOUNS, f.term));
  if (noun) return DATE_UNIT_NOUNS[noun.term];
  return WHEN_IN_YEAR.test(q.words.join(' ')) ? 'within-year' : null;
}

/** The unit a date is written in, read from its normalized form ("1998", "1998-05", "1998-05-12" or a weekday). */
export function writtenUnit(v: TypedValue): DateUnit | null {
  if (v.type !== 'date' || typeof v.normalized !== 'string') return null;
  if (/^\d{4}$/.test(v.normalized)) return 'year';
  if (/^\d{4}-\d\d$/.test(v.normalized)) return 'month';
  return /^\d{4}-\d\d-\d\d$/.test(v.normalized) || /^[A-Z][a-z]+day$/.test(v.normalized) ? 'day' : null;
}

function inAskedUnit(q: Question, v: TypedValue): boolean {
  const asked = askedUnit(q);
  const written = writtenUnit(v);
  if (asked === null || written === null) return false;
  return asked === 'within-year' ? written !== 'year' : asked === written;
}

const JOINERS: ReadonlySet<string> = new Set(DATE_PAIR_JOINERS);

/** The text between two spans of a passage, lower case, spaces collapsed. */
function between(record: FactRecord, a: TypedValue, b: TypedValue): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return record.passage.text
    .slice(first.end - record.passage.start, second.start - record.passage.start)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "won the state in 2008 and 2012": a date paired with another of its sentence answers for both
 * occasions, so the sentence does not say which one the question means.
 */
export function pairedDate(record: FactRecord, v: TypedValue): boolean {
  return record.values.some((o) => o !== v && o.type === 'date' && o.start !== v.start && JOINERS.has(between(record, o, v).replace(/^, ?/, ',')));
}

/** A possessive right after a name ("Gore's ", "Gore’s "). */
const POSSESSIVE = /^['\u2019]s?\s+$/u;

/**
 * "what year did Lee run for governor" against "worked on Gore's 1992 campaign": a date a person
 * of the sentence owns dates that person's event; unless the question names them, it is not the
 * asked one.
 */
export function ownedByAnother(q: Question, record: FactRecord, v: TypedValue): boolean {
  const asked = new Set(q.words);
  return record.values.some(
    (o) =>
      o.type === 'person' &&
      o.end <= v.start &&
      POSSESSIVE.test(record.passage.text.slice(o.end - record.passage.start, v.start - record.passage.start)) &&
      !String(o.normalized ?? o.text)
        .toLowerCase()
        .split(/\s+/)
        .some((w) => asked.has(w)),
  );
}

/**
 * "the next payment after Tuesday": a date the question itself gives after "after", "before" or
 * "since" is the point it counts from, not the date it asks for ("that Sunday" still asks for it).
 */
export function anchorInQuestion(q: Question, v: TypedValue): boolean {
  const first = v.text.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0];
  return q.words.some((w, i) => w === first && ANCHORS.has(q.words[i - 1] ?? ''));
}

const BINDING_PREPOSITIONS: ReadonlySet<string> = new Set(DATE_BINDING_PREPOSITIONS);

/** The question word a sentence word stands for: the word itself, a form of it or a WordNet relation of the sentence's verb. */
function asksWord(q: Question, word: string): boolean {
  const related = relatedLemmas(word);
  return q.focus.some((f) => !f.weak && (wordMatch(f, word) > 0 || related.has(f.term)));
}

/**
 * "the court announced in 1992", "since the law expired in 2007": the word the preposition follows
 * is a verb of the sentence the question does not ask about, so the date dates that verb's event,
 * whatever question word stands before it.
 */
export function datesAnotherVerb(q: Question, record: FactRecord, v: TypedValue): boolean {
  const before = passageWords(record.passage.text.slice(0, v.start - record.passage.start)).slice(-2);
  if (before.length < 2 || !BINDING_PREPOSITIONS.has(before[1])) return false;
  const verb = before[0];
  // "way back in 1968": a word that may be an adverb leaves the date with the phrase before it.
  const forms = baseForms(verb);
  const isVerb = forms.some((b) => b.pos === 'v' && record.predicate.includes(b.lemma)) && !forms.some((b) => b.pos === 'r');
  return isVerb && !asksWord(q, verb);
}

const MARKERS: ReadonlySet<string> = new Set(PREPOSITIONS);

/** "by 2030 to 32 percent below": a preposition right after the date (no mark between) opens another phrase, so the date modifies no noun after it. */
function prepositionAfter(record: FactRecord, v: TypedValue): boolean {
  const next = /^\s+([\p{L}]+)/u.exec(record.passage.text.slice(v.end - record.passage.start));
  return next !== null && MARKERS.has(next[1].toLowerCase());
}

/**
 * The date is bound to the asked event as date-binding.ts reads it, held tighter: a modifier with
 * no preposition between it and the noun, a preposition carrying it to a word of the question with
 * no other verb between.
 */
export function boundTightly(q: Question, record: FactRecord, v: TypedValue): boolean {
  const { modifies, carried } = dateBinding(q, record, v);
  if (modifies && !prepositionAfter(record, v)) return true;
  return carried && !datesAnotherVerb(q, record, v);
}

/**
 * The likeliest value is a date written in the unit the question asks for, bound to the asked
 * event, ahead of every other value (a tie is no lead), neither paired with another date nor owned
 * by a person the question does not name. A question asking for several ("what years") is not
 * answered by one date, and a date the question counts from is not its answer.
 */
export function askedInItsUnit(q: Question, top: Scored, gates: AskedUnitGates): boolean {
  const { record, value } = top;
  if (q.plural || !inAskedUnit(q, value) || top.lead < gates.askedUnitLead || anchorInQuestion(q, value)) return false;
  return boundTightly(q, record, value) && !pairedDate(record, value) && !ownedByAnother(q, record, value);
}
