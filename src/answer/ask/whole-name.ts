import type { FactRecord, TypedValue } from '../../model/records.js';
import { GROUP_NOUNS, NAME_PARTICLES, PREPOSITIONS, ROLE_NOUNS, TITLES } from '../../extract/lexicon.js';
import { parseSentences, type Token } from '../../nlp/parse.js';
import { has } from '../../nlp/tokens.js';
import { NAME_HEADS, NAME_JOINERS } from '../lexicon.js';
import type { Scored } from './types.js';

const NAMED = new Set(['person', 'place', 'organization']);

/** "Ronald R. " before "Fieldstone": a first name and middle initials where the name reader stopped at a point. */
const INITIALS_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+(?: \p{Lu}\.)+ )$/u;

/** "St. " before "Albans": a place's abbreviated first word (a person's "Dr. " is a title, so places only). */
const ABBREVIATION_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}?\. )$/u;

/** "St" or "Lee C" cut at an abbreviation's point: the name goes on after it (". Louis", ". Bollinger"). */
const CUT_AT_POINT = /(?:^|\s)\p{Lu}\p{Ll}?$/u;
const AFTER_POINT = /^\. (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)*)/u;

/**
 * A name answer as its sentence writes it whole: "Joseph L. Votel", not "Votel"; "St. Louis", not
 * "St"; "Ursula von der Leyen", not "Ursula"; "University of Texas School of Law", not "Texas
 * School" (issue 13: names kept whole). Only a name read verbatim from the sentence is widened, and
 * only over the words of the same name, never over a title, a date or another phrase.
 */
export function wholeName(c: Scored): Scored {
  const value = wholeNameIn(c.record, c.value);
  return value === c.value ? c : { ...c, value };
}

/** A name value of a record widened to the whole name its passage writes (the value itself when there is nothing to widen). */
export function wholeNameIn(record: Pick<FactRecord, 'passage'>, v: TypedValue): TypedValue {
  if (!NAMED.has(v.type) || v.items || typeof v.normalized !== 'string') return v;
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length || text.slice(from, to) !== v.normalized) return v;
  const head = text.slice(0, from);
  if (v.type === 'organization') {
    const joined = ampersandName(text, from, to);
    if (joined) return widen(v, text, from, to, joined);
  }
  const before = INITIALS_BEFORE.exec(head)?.[1] ?? (v.type === 'place' ? (ABBREVIATION_BEFORE.exec(head)?.[1] ?? '') : '');
  const after = CUT_AT_POINT.test(v.normalized) ? (AFTER_POINT.exec(text.slice(to))?.[0] ?? '') : '';
  const [start, end] = before || after ? [from - before.length, to + after.length] : mayGoOn(text, from, to) ? nameSpan(text, from, to, v) : [from, to];
  if (start === from && end === to) return v;
  return widen(v, text, from, to, [start, end]);
}

function widen(v: TypedValue, text: string, from: number, to: number, [start, end]: [number, number]): TypedValue {
  const name = text.slice(start, end);
  return { ...v, text: name, normalized: name, start: v.start - (from - start), end: v.end + (end - to) };
}

/** "Tolliver & " before a name, " & Van Marsh" after it: capitalised words joined by an ampersand. */
const AMPERSAND_BEFORE = /(?:^|[^\p{L}.’'])(\p{Lu}[\p{L}.-]*) & $/u;
const AMPERSAND_AFTER = /^ & \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}/u;

/**
 * "Tolliver & Marsh", "Pryce & Company": a firm named by two names joined by "&" is one name, though
 * the name reader stops at the ampersand. One capitalised word before it, up to three after.
 */
function ampersandName(text: string, from: number, to: number): [number, number] | null {
  const before = AMPERSAND_BEFORE.exec(text.slice(0, from))?.[1];
  const after = AMPERSAND_AFTER.exec(text.slice(to))?.[0];
  if (!before && !after) return null;
  return [before ? from - before.length - 3 : from, after ? to + after.length : to];
}

/**
 * The whole name around a part the name reader cut short, by the sentence's own words: capitalised
 * words before it ("Jock" before "A. Finlayson"), a person's particles and, after a lone first name,
 * the surname ("Daron" + "Shaw"); an organisation's or a place's "of"/"for" parts ("District" + "of
 * Columbia"). A sentence's first word, a title, a month or weekday and a possessive end the name.
 */
/**
 * Whether a word that could continue the name stands right before or after it (a capitalised word,
 * "of"/"for", a particle): most answers have none, and are not parsed again for nameSpan.
 */
function mayGoOn(text: string, from: number, to: number): boolean {
  const open = (w: string | undefined) => w !== undefined && (/^\p{Lu}/u.test(w) || NAME_JOINERS.includes(w) || NAME_PARTICLES.has(w.toLowerCase()));
  return open(/(\S+) $/u.exec(text.slice(0, from))?.[1]) || open(/^ (\S+)/u.exec(text.slice(to))?.[1]);
}

function nameSpan(text: string, from: number, to: number, v: TypedValue): [number, number] {
  const tokens = parseSentences(text).flatMap((s) => s.tokens.filter((t) => t.text.trim()).map((t, k) => ({ t, first: k === 0 })));
  const first = tokens.findIndex((x) => x.t.start <= from && from < x.t.end);
  const last = tokens.findIndex((x) => x.t.start < to && to <= x.t.end);
  if (first < 0 || last < first) return [from, to];
  let i = first;
  let j = last;
  const joins = v.type !== 'person';
  const adjacent = (a: number) => text.slice(tokens[a].t.end, tokens[a + 1].t.start) === ' ';
  const before = (k: number) => k >= 0 && adjacent(k) && isNamePart(tokens[k].t) && !isPossessive(tokens[k].t) && !tokens[k].first;
  for (;;) {
    if (before(i - 1)) i -= 1;
    else if (joins && i > 1 && adjacent(i - 1) && isJoiner(tokens[i - 1].t) && before(i - 2) && isHead(tokens[i - 2].t)) i -= 2;
    else break;
  }
  if (v.type === 'person' && i < first && (opensOnGivenName(tokens, first, last) || afterTitleJoiner(tokens, i, adjacent))) i = first;
  const loneWord = first === last && v.type === 'person';
  let joined = false;
  for (;;) {
    const next = tokens[j + 1]?.t;
    if (!next || !adjacent(j) || isPossessive(tokens[j].t)) break;
    const partAt = (k: number) => tokens[k] !== undefined && adjacent(k - 1) && isNamePart(tokens[k].t);
    if (joins && isJoiner(next) && partAt(j + 2) && (joined || isHead(tokens[j].t))) {
      j += 2;
      joined = true;
    } else if (joins && joined && isNamePart(next)) j += 1;
    else if (v.type === 'person' && NAME_PARTICLES.has(next.text.toLowerCase())) {
      let k = j + 1;
      while (tokens[k + 1] && adjacent(k) && NAME_PARTICLES.has(tokens[k + 1].t.text.toLowerCase())) k++;
      if (!partAt(k + 1)) break;
      j = k + 1;
    } else if (loneWord && j === first && isSurname(next)) j += 1;
    else break;
  }
  const end = j === last ? to : tokens[j].t.end - (/[’']s$/u.exec(tokens[j].t.text)?.[0].length ?? 0);
  return [Math.min(from, tokens[i].t.start), Math.max(to, end)];
}

/**
 * "Alicia Machado" after "Miss Universe", "Rand Paul" after "Kentuckian", "Ted Cruz" after a headline's
 * "Trump Calls Out": a person's name of two words or more, not opening on an initial, already holds
 * its given name; a capitalised word before it is a title, a demonym or a headline's word, no part of
 * the name. A lone surname ("Obama", "O'Connor"), "B. Halvard" or "Le Pen" may still take in the
 * words before it.
 */
function opensOnGivenName(tokens: Array<{ t: Token }>, first: number, last: number): boolean {
  const opening = tokens[first].t.text;
  return first < last && !/^\p{Lu}\.?$/u.test(opening) && !NAME_PARTICLES.has(opening.toLowerCase());
}

/**
 * "Director of Government Affairs Phil Smith", "Chief of Staff Maria Delgado", "Assistant Secretary
 * for Public Affairs Jo Lane": capitalised words after a title's "of" or "for" name the office the
 * title is of, not the person after them. Only a capitalised title (the form written before a name)
 * counts: "a friend of Daron Shaw" still reads "Daron" as the name's first word.
 */
function afterTitleJoiner(tokens: Array<{ t: Token }>, i: number, adjacent: (a: number) => boolean): boolean {
  const joiner = tokens[i - 1]?.t;
  const title = tokens[i - 2]?.t;
  if (!joiner || !title || !adjacent(i - 2) || !adjacent(i - 1) || !isJoiner(joiner)) return false;
  const word = title.text.toLowerCase().replace(/\.$/, '');
  const one = (w: string) => TITLES.has(w) || ROLE_NOUNS.has(w);
  return /^\p{Lu}/u.test(title.text) && (one(word) || (word.endsWith('s') && one(word.slice(0, -1))));
}

/**
 * A capitalised word or an initial that can be part of a name: not a title, a date word or a function
 * word. "a rally In Mississippi": a preposition the writer capitalised mid-sentence is still a
 * preposition (the tagger reads it as a proper noun), no part of the place after it.
 */
function isNamePart(t: Token): boolean {
  const word = t.text.replace(/[’']s$/u, '');
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || ROLE_NOUNS.has(lower) || PREPOSITIONS.has(lower)) return false;
  return !has(t, 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'QuestionWord', 'Conjunction', 'Preposition');
}

/** "Shaw" after a lone "Daron": a proper noun that is not a place, an organisation or a group's head ("Trump Tower"). */
function isSurname(t: Token): boolean {
  return isNamePart(t) && has(t, 'ProperNoun') && !has(t, 'Place', 'Organization') && !GROUP_NOUNS.has(t.text.toLowerCase());
}

function isHead(t: Token): boolean {
  return NAME_HEADS.has(t.text.replace(/[’']s?$/u, '').toLowerCase());
}

function isJoiner(t: Token): boolean {
  return NAME_JOINERS.includes(t.text);
}

/** "Reform’s", "Corps’": a possessive closes the name it ends and is no part of the name it precedes. */
function isPossessive(t: Token): boolean {
  return /[’']s?$/u.test(t.text);
}
