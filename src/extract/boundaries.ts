import { ABBREVIATIONS } from './lexicon.js';
import { MAX_PIECE } from '../nlp/segment.js';

/**
 * Sentence boundaries inside one line, read from the raw text. compromise never splits after
 * `." Next`, which is exactly where attributions end, so quotes need their own boundaries.
 */

const CLOSING = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

/**
 * How far a sentence is searched for its start or end. Every quotation looks for its sentence, so
 * an unbounded search made a long line without punctuation cost (quotes × line length); a real
 * sentence is far shorter, and compromise never sees a longer one either.
 */
export const SENTENCE_REACH = MAX_PIECE;
/** Longer "words" are no abbreviation: bounds the look-back at each full stop in "a.a.a.a…". */
const WORD_REACH = 32;

/** True when the terminator at `k` ends a sentence (not "Sen." or "J." or "3.5"). */
function endsSentence(text: string, k: number, lineEnd: number): boolean {
  const ch = text[k];
  if (ch !== '.' && ch !== '?' && ch !== '!') return false;
  let j = k + 1;
  while (j < lineEnd && CLOSING.has(text[j])) j++;
  if (j < lineEnd && !/\s/.test(text[j])) return false;
  while (j < lineEnd && /\s/.test(text[j])) j++;
  if (j < lineEnd && /\p{Ll}/u.test(text[j])) return false;
  if (ch !== '.') return true;
  let w = k;
  while (w > 0 && k - w < WORD_REACH && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, k);
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''));
}

/** Start of the sentence that contains `pos`, not before `lineStart` nor more than SENTENCE_REACH before `pos`. */
export function sentenceStart(text: string, pos: number, lineStart: number): number {
  const floor = Math.max(lineStart, pos - SENTENCE_REACH);
  for (let k = pos - 1; k >= floor; k--) {
    if (endsSentence(text, k, pos)) {
      let j = k + 1;
      while (j < pos && (CLOSING.has(text[j]) || /\s/.test(text[j]))) j++;
      return j;
    }
  }
  return floor === lineStart ? lineStart : wordStartAfter(text, floor, pos);
}

/** End (exclusive, after the terminator and closing marks) of the sentence holding `pos`, at most SENTENCE_REACH after it. */
export function sentenceEnd(text: string, pos: number, lineEnd: number): number {
  if (lineEnd - pos > SENTENCE_REACH) return sentenceEndWithin(text, pos, lineEnd, wordEndBefore(text, pos, pos + SENTENCE_REACH));
  return sentenceEndWithin(text, pos, lineEnd, lineEnd);
}

function sentenceEndWithin(text: string, pos: number, lineEnd: number, ceil: number): number {
  for (let k = pos; k < ceil; k++) {
    if (endsSentence(text, k, lineEnd)) {
      let j = k + 1;
      while (j < lineEnd && CLOSING.has(text[j])) j++;
      return j;
    }
  }
  let e = ceil;
  while (e > pos && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The first word start in [from, to), else `from`: a cut sentence still starts on a word. */
function wordStartAfter(text: string, from: number, to: number): number {
  for (let i = from; i < to && i < from + WORD_REACH; i++) if (/\s/.test(text[i - 1] ?? ' ') && !/\s/.test(text[i])) return i;
  return from;
}

/** The last word end in (from, to], else `to`. */
function wordEndBefore(text: string, from: number, to: number): number {
  for (let i = to; i > from && i > to - WORD_REACH; i--) if (/\s/.test(text[i] ?? ' ') && !/\s/.test(text[i - 1])) return i;
  return to;
}

/** Start of the line holding `pos`, searched no further back than SENTENCE_REACH (a sentence never reaches past that). */
export function lineStartNear(text: string, pos: number): number {
  for (let i = pos; i > 0 && i > pos - SENTENCE_REACH; i--) if (text[i - 1] === '\n') return i;
  return Math.max(0, pos - SENTENCE_REACH);
}

/** End of the line holding `pos`, searched no further than SENTENCE_REACH ahead. */
export function lineEndNear(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + SENTENCE_REACH);
  for (let i = pos; i < limit; i++) if (text[i] === '\n') return i;
  return limit;
}

/** The last character before `to` that is not a space, not before `from` ('' when none). */
export function lastNonSpace(text: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i])) return text[i];
  return '';
}
