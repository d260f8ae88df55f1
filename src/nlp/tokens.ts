import type { Sentence, Token } from './parse.js';

/** The tokens of a sentence that carry text (compromise adds empty ones for contractions). */
export function wordsOf(sentence: Sentence): Token[] {
  return sentence.tokens.filter((t) => t.text.trim().length > 0);
}

export function has(t: Token | undefined, ...tags: string[]): boolean {
  return t !== undefined && tags.some((tag) => t.tags.includes(tag));
}

/** The raw text between two tokens: "," or " — " or " ". */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** True when only spaces (no punctuation) separate two tokens. */
export function tightGap(text: string, a: Token, b: Token): boolean {
  return /^[\s[\]]*$/.test(gapBetween(text, a, b));
}

export function isCapitalised(t: Token): boolean {
  return /^[^\p{L}]*\p{Lu}/u.test(t.text);
}

/** A span of article text with edge punctuation (brackets, quotes, commas) left out. */
export function trimmedSpan(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[^\p{L}\p{N}$€£¥₹%]/u.test(text[s])) s++;
  while (e > s && /[^\p{L}\p{N}%]/u.test(text[e - 1])) e--;
  const poss = /['’‘]s$/u.exec(text.slice(s, e));
  if (poss) e -= poss[0].length;
  return { text: text.slice(s, e), start: s, end: e };
}
