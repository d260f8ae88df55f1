import { ABBREVIATIONS } from './lexicon.js';

/**
 * Sentence boundaries inside one line, read from the raw text. compromise never splits after
 * `." Next`, which is exactly where attributions end, so quotes need their own boundaries.
 */

const CLOSING = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

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
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, k);
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''));
}

/** Start of the sentence that contains `pos`, not before `lineStart`. */
export function sentenceStart(text: string, pos: number, lineStart: number): number {
  for (let k = pos - 1; k >= lineStart; k--) {
    if (endsSentence(text, k, pos)) {
      let j = k + 1;
      while (j < pos && (CLOSING.has(text[j]) || /\s/.test(text[j]))) j++;
      return j;
    }
  }
  return lineStart;
}

/** End (exclusive, after the terminator and closing marks) of the sentence holding `pos`. */
export function sentenceEnd(text: string, pos: number, lineEnd: number): number {
  for (let k = pos; k < lineEnd; k++) {
    if (endsSentence(text, k, lineEnd)) {
      let j = k + 1;
      while (j < lineEnd && CLOSING.has(text[j])) j++;
      return j;
    }
  }
  let e = lineEnd;
  while (e > pos && /\s/.test(text[e - 1])) e--;
  return e;
}
