import type { TypedValue } from '../../model/records.js';
import { parseNumber } from '../../nlp/numbers.js';
import { NAME_FILLER_WORDS, NAME_SHORT_FORMS, READER_ABBREVIATIONS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { stateOf } from '../short-forms.js';
import { inWordNet } from '../wordnet.js';

/**
 * A value the question itself names is what the question is about, never its answer: "whats
 * delawares biggest city" is not answered by Delaware, "which cities are in the 3rd district" not by
 * the Third Congressional District, "where did gen allen lead us forces" not by the United States.
 * The one test every stage that passes such values over reads: candidates (the strict form, before
 * scoring), decide() (which then asserts no value: the question's passages answer something else)
 * and named things.
 */

/** Kinds of figure a question may state to say what it is about. */
const STATED_FIGURES: TypedValue['type'][] = ['number', 'percent', 'age'];

/** Kinds of value that are names, which a question restates in its own words. */
const NAME_TYPES: TypedValue['type'][] = ['place', 'person', 'organization', 'title'];

/**
 * "whats delawares biggest city" → not "Delaware": a name made only of the question's own words (as
 * a reader writes them: "5th" for "Fifth", "us" for "United States", "nymex" for "New York
 * Mercantile Exchange") is what it asks about. Likewise a figure the question states itself: "what
 * share did the top 1 percent pay" is not answered by the 1 percent.
 */
export function restatesQuestion(q: Question, v: TypedValue): boolean {
  if (STATED_FIGURES.includes(v.type) && !v.items && typeof v.normalized === 'number') return q.numbers.includes(v.normalized);
  // "what was the cutoff set in 2004": the year the question states is not its answer.
  if (v.type === 'date' && !v.items && /^\d{4}$/.test(String(v.normalized))) return q.numbers.includes(Number(v.normalized));
  if (!NAME_TYPES.includes(v.type)) return false;
  return namedByQuestion(q, nameOf(v));
}

/**
 * Every word of the name a required word of the question as typed: dropped before scoring, as such
 * names always were. The wider reading (restatesQuestion) rules values out only in decide(), after
 * the scorer has weighed the others against them: dropped before, they left the next value looking
 * surer than it was, and it was asserted (on the studied sets two new wrong answers for one right).
 */
export function restatesAsTyped(q: Question, v: TypedValue): boolean {
  if (!NAME_TYPES.includes(v.type) || v.type === 'title') return restatesQuestion(q, v);
  const words = String(v.normalized ?? v.text)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  return words.length > 0 && words.every((w) => q.focus.some((f) => !f.weak && wordMatch(f, w) > 0));
}

/** The name as the answer would give it; a place without the state or country a comma adds ("San Bernardino, California"). */
function nameOf(v: TypedValue): string {
  const name = v.type === 'title' ? v.text : String(v.normalized ?? v.text);
  return v.type === 'place' && !v.items ? name.split(',')[0] : name;
}

/** Whether every word of the name, a filler aside ("Las", "of", "Congressional"), is one the question gives. */
function namedByQuestion(q: Question, name: string): boolean {
  const all = plainWords(name);
  // "275-acre Colony West": a measure run into the name ("275-acre", "20-year") says how big, not which one.
  const words = all.filter((w) => !NAME_FILLER_WORDS.has(w) && !/^\d[\d,.]*-\p{L}+$/u.test(w));
  if (words.length === 0) return false;
  if (q.words.some((w) => isAcronymOf(w, all))) return true;
  const spelled = spelledOutWords(q, all);
  return words.every((w) => spelled.has(w) || q.focus.some((f) => asksWith(f, w)) || sameOrdinal(q, w));
}

/** A word of the question a name may repeat: a required word, or the noun naming the kind asked ("which super pac" → "PAC"). */
function asksWith(f: FocusTerm, w: string): boolean {
  return (!f.weak || f.typeNoun === true) && wordMatch(f, w) > 0;
}

/** The name's words, lower case, a possessive and a closing period dropped ("U.S." → "u.s"). */
function plainWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s,;"\u201c\u201d]+/)
    .map((w) => w.replace(/'s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The words the question's short forms stand for ("us" → united, states; "va" → virginia; "dept" →
 * department), each form only where the name holds all of it: "nyt" restates the New York Times,
 * not New York.
 */
function spelledOutWords(q: Question, name: readonly string[]): Set<string> {
  const forms = q.words.flatMap((w) => {
    const state = inWordNet(w) ? undefined : stateOf(w);
    return [
      ...(Object.hasOwn(NAME_SHORT_FORMS, w) ? NAME_SHORT_FORMS[w] : []),
      ...(Object.hasOwn(READER_ABBREVIATIONS, w) ? READER_ABBREVIATIONS[w] : []),
      ...(state ? [state] : []),
    ];
  });
  const held = new Set(name);
  return new Set(
    forms
      .map((f) => f.split(' '))
      .filter((f) => f.every((w) => held.has(w)))
      .flat(),
  );
}

/** "Fifth" for "5th", "third" for "3rd": an ordinal the question writes another way. */
function sameOrdinal(q: Question, w: string): boolean {
  const n = ordinalValue(w);
  return n !== null && q.words.some((x) => x !== w && ordinalValue(x) === n);
}

const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|[a-z-]*(?:first|second|third|th))$/;

function ordinalValue(w: string): number | null {
  return ORDINAL.test(w) ? parseNumber(w) : null;
}

/**
 * "nymex" for "New York Mercantile Exchange": a word of the question the words of a name of three or more begin, in
 * order, each giving it at least a letter. Only a word English does not know (an English word
 * spelt that way by chance, "is" for "Islamic State", is no abbreviation).
 */
function isAcronymOf(word: string, nameWords: readonly string[]): boolean {
  const words = nameWords.filter((w) => !NAME_FILLER_WORDS.has(w) && /^\p{L}/u.test(w));
  if (words.length < 3 || word.length < words.length || !/^[a-z]{3,}$/.test(word) || inWordNet(word)) return false;
  return splitsInto(word, words);
}

function splitsInto(word: string, words: readonly string[]): boolean {
  if (words.length === 0) return word.length === 0;
  const [head, ...rest] = words;
  for (let n = 1; n <= Math.min(head.length, word.length - rest.length); n++) {
    if (head.slice(0, n) === word.slice(0, n) && splitsInto(word.slice(n), rest)) return true;
  }
  return false;
}

/**
 * "Staff Cheryl Mills" for "who was clintons chief of staff", "Government Affairs Phil Smith": a
 * name the extractor ran into the title before it, whose first words are the question's own. The
 * name without them, as long as two words are left (one after a title: "Presidents Reagan").
 */
export function withoutAskedLead(q: Question, v: TypedValue, isTitle: (w: string) => boolean): TypedValue {
  if (v.type !== 'person') return v;
  if (v.items) {
    const items = v.items.map((item) => withoutAskedLead(q, item, isTitle));
    return items.every((item, i) => item === v.items?.[i]) ? v : { ...v, items, normalized: items.map((i) => i.normalized).join(', ') };
  }
  if (typeof v.normalized !== 'string') return v;
  const words = v.normalized.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && leadsAsAsked(q, words[k].toLowerCase()) && (words.length - k > 2 || isTitle(words[k].toLowerCase()))) k++;
  return k === 0 ? v : { ...v, normalized: words.slice(k).join(' ') };
}

/** A common word of the question that is no name in it ("staff", "affairs"), not a name a reader typed in lower case. */
function leadsAsAsked(q: Question, w: string): boolean {
  return (inWordNet(w) || inWordNet(w.replace(/s$/, ''))) && q.focus.some((f) => !f.name && (f.term === w || f.alts.includes(w) || wordMatch(f, w) >= 0.9));
}

/**
 * "what province is cape breton in" against "Cape Breton, Nova Scotia": the list without the items
 * the question names, the one item left standing alone; the list as it is when every item restates
 * the question (decide() then passes it over).
 */
export function withoutRestatedItems(q: Question, v: TypedValue): TypedValue {
  if (!v.items) return v;
  const items = v.items.filter((item) => !restatesQuestion(q, item));
  if (items.length === v.items.length || items.length === 0) return v;
  if (items.length === 1) return { ...items[0], context: v.context };
  return { ...v, items, normalized: items.map((i) => i.normalized).join(', ') };
}
