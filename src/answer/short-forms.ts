import { HONORIFICS } from '../extract/lexicon.js';
import type { FocusTerm } from './question.js';
import { inWordNet } from './wordnet.js';
import { CASUAL_SPELLINGS } from '../nlp/casual.js';
import { ordinalSpellings } from '../nlp/numbers.js';
import { PARTY_LETTERS, READER_ABBREVIATIONS, STATE_SHORT_FORMS, TYPED_STATE_CODES } from './lexicon.js';

/*
 * A reader's short forms of the words news writes ("state dept", "the eu", "dr oz", "the senator
 * from missouri" for "(D-Mo.)"): read with the lexicon's tables (lexicon.ts READER_ABBREVIATIONS,
 * STATE_SHORT_FORMS), and an ordinal in its other spelling ("the 2nd scandal" for "a second
 * scandal"), so a question typed that way reaches the article that writes the words out, and the
 * sentence there that does.
 */

/** "mo" → "missouri", "fla" → "florida": the state a short form stands for (STATE_SHORT_FORMS), if any. */
export function stateOf(form: string): string | undefined {
  return Object.keys(STATE_SHORT_FORMS).find((state) => STATE_SHORT_FORMS[state].includes(form));
}

/** Whether the question's word is a short form this module reads (it is no typo to respell). */
export function isShortForm(term: string): boolean {
  return (
    Object.hasOwn(READER_ABBREVIATIONS, term) ||
    CASUAL_SPELLINGS.has(term) ||
    TYPED_STATE_CODES.has(term) ||
    slashed(term).length > 0 ||
    /^\d+(?:st|nd|rd|th)$/.test(term)
  );
}

/**
 * The question's words with their short forms read: an abbreviation stands for the words it
 * shortens, a state for the party tags news writes for it, two names typed with a slash ("nbc/wsj")
 * for both, and an honorific before a name ("dr oz") for no word a passage must hold (the article
 * may give the name without it).
 */
export function withShortForms(focus: FocusTerm[]): FocusTerm[] {
  return focus.map((f, k) => {
    if (HONORIFICS.has(f.term) && focus[k + 1] !== undefined && !focus[k + 1].weak) return { ...f, weak: true, name: false };
    return withForms(f);
  });
}

function withForms(f: FocusTerm): FocusTerm {
  const extra = [...spelledOut(f.term), ...dotted(f), ...stateForms(f.term), ...slashed(f.term), ...ordinalSpellings(f.term)].filter(
    (w) => w !== f.term && !f.alts.includes(w),
  );
  return extra.length > 0 ? { ...f, alts: [...f.alts, ...extra] } : f;
}

function spelledOut(term: string): readonly string[] {
  const state = TYPED_STATE_CODES.has(term) ? stateOf(term) : undefined;
  // A casual clipping ("ppl", "vp", "gonna") reads as the words /quote reads it as (nlp/casual.ts CASUAL_SPELLINGS).
  const casual = CASUAL_SPELLINGS.get(term) ?? [];
  return [...(Object.hasOwn(READER_ABBREVIATIONS, term) ? READER_ABBREVIATIONS[term] : []), ...casual, ...(state ? [state, ...stateForms(state)] : [])];
}

/** Whether the words hold what the question's short form stands for, every word of it ("vice president" for "vp"). */
export function spelledOutIn(f: FocusTerm, words: readonly string[]): boolean {
  const held = new Set(words);
  return spelledOut(f.term).some((form) => form.split(' ').every((w) => held.has(w)));
}

/** "uk" → "u.k": the record keeps the inner periods of a dotted abbreviation (a name's; "say" is no "s.a.y"). */
function dotted(f: FocusTerm): string[] {
  const abbreviation = f.name || !inWordNet(f.term);
  return /^[a-z]{2,3}$/.test(f.term) && abbreviation ? [f.term.split('').join('.')] : [];
}

/**
 * "nbc/wsj" → both names, anywhere in the passage: the article may write them apart ("the NBC
 * News/Wall Street Journal poll"); written as typed, the word itself matches.
 */
function slashed(term: string): string[] {
  const parts = term.split('/');
  return parts.length > 1 && parts.every((p) => /^[a-z]{2,}$/.test(p)) ? [parts.join(' ')] : [];
}

/**
 * "georgia" → "r-ga", "d-ga", "r-georgia", …: a lawmaker's party tag, one word to the record. The
 * abbreviation alone is not taken: several are words ("Miss", "Mass", "Ind", "Wash").
 */
function stateForms(term: string): string[] {
  if (!Object.hasOwn(STATE_SHORT_FORMS, term)) return [];
  const forms = [term, ...STATE_SHORT_FORMS[term]];
  return forms.flatMap((form) => PARTY_LETTERS.map((p) => `${p}-${form}`));
}

/**
 * Whether the words hold one of the term's forms of several words ("european union" for "eu"):
 * every word of it, anywhere among them, or inside a word written with a slash ("News/Harbor").
 */
export function holdsPhrase(f: FocusTerm, words: Iterable<string>): boolean {
  const phrases = f.alts.filter((a) => a.includes(' '));
  if (phrases.length === 0) return false;
  const held = new Set<string>();
  for (const w of words) for (const part of w.split('/')) held.add(part);
  return phrases.some((a) => a.split(' ').every((w) => held.has(w)));
}
