import nlp from 'compromise';
import { CURRENCY_SYMBOLS, GLUED_MULTIPLES, MONEY_SHORT_MULTIPLES } from './units.js';

/** The value of a number phrase: "6,000" → 6000, "seven" → 7, "100 million" → 100000000. */
export function parseNumber(text: string): number | null {
  const clean = text.replace(/[^\p{L}\p{N}.,\- ]/gu, ' ').trim();
  if (!clean) return null;
  if (/^\d[\d,]*(\.\d+)?$/.test(clean)) {
    const n = Number(clean.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  // compromise reads number words ("seven", "4.2 million"); "a few" comes back as 3, so demand a
  // digit or a real number word before trusting it.
  if (/^(a|an)\b|\bfew\b|\bseveral\b|\bmany\b/i.test(clean)) return null;
  const found = nlp(clean).numbers().get() as unknown[];
  const n = found.length === 1 ? found[0] : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** A leading number glued to a word by a hyphen: "6,000-word" → {n: 6000, rest: "word"}. */
export function splitHyphenNumber(word: string): { n: number; rest: string } | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)-([\p{L}-]+)$/u.exec(word);
  if (!m) return null;
  const n = parseNumber(m[1]);
  return n === null ? null : { n, rest: m[2].toLowerCase() };
}

/**
 * A figure with its multiple glued on, as one word: "$64.8million" → 64800000, "$2.5bn" →
 * 2500000000, "3billion" → 3000000000. The tagger reads "$2.5bn" as 2.5 and "$64.8million" as no
 * number at all, so an amount written this way was lost or, worse, a thousand times too small.
 */
export function gluedMultiple(word: string): number | null {
  const m = /^(\p{Sc}?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\p{L}+)$/u.exec(word);
  if (!m) return null;
  const [, symbol, figure, suffix] = m;
  const lower = suffix.toLowerCase();
  const factor = Object.hasOwn(GLUED_MULTIPLES, lower)
    ? GLUED_MULTIPLES[lower]
    : symbol && Object.hasOwn(CURRENCY_SYMBOLS, symbol) && Object.hasOwn(MONEY_SHORT_MULTIPLES, lower)
      ? MONEY_SHORT_MULTIPLES[lower]
      : null;
  const n = factor === null ? null : parseNumber(figure);
  return n === null || factor === null ? null : n * factor;
}

/**
 * An ordinal's other spelling: "2nd" ↔ "second", "50th" ↔ "fiftieth". A reader types the figure
 * where news spells out first through ninth ("a second scandal"), and news writes the figure where
 * a reader spells it out ("the 3rd District"). Only one-word forms: "twenty first" is no word a
 * passage holds as typed.
 */
export function ordinalSpellings(word: string): string[] {
  const figure = /^\d+(?:st|nd|rd|th)$/.test(word);
  // Every ordinal word ends as its figure does ("first", "second", "third", "fifth"): others skip the tagger.
  if (!figure && !/^[a-z]{3,}(?:st|nd|rd|th)$/.test(word)) return [];
  const numbers = nlp(word).numbers();
  if (numbers.length !== 1 || !numbers.isOrdinal().found) return [];
  const other = figure ? numbers.toText().text() : numbers.toNumber().text();
  return /^[a-z]+$|^\d+(?:st|nd|rd|th)$/.test(other) && other !== word ? [other] : [];
}
