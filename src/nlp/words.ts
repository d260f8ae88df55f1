import type { Sentence } from './parse.js';

/** A tagged word of the article with the raw text that separates it from the previous word. */
export interface Word {
  text: string;
  /** Lower case, without a possessive ending or punctuation. */
  lower: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Raw text between the previous word's end and this word's start (punctuation, marks). */
  gap: string;
  /** Index of compromise's sentence the word came from. */
  sentence: number;
  /**
   * Capitalised here and, somewhere in the same text, capitalised mid-sentence and never written
   * in lower case: evidence that a sentence-initial "Okafor" or "Lindqvist" is a name.
   */
  proper: boolean;
}

/** Flattens the parse into one array of words; zero-width tokens (contractions) are dropped. */
export function toWords(text: string, sentences: Sentence[]): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      if (t.end <= t.start || t.start < prevEnd) continue;
      out.push({
        text: t.text,
        lower: normalWord(t.text),
        start: t.start,
        end: t.end,
        tags: new Set(t.tags),
        gap: text.slice(prevEnd, t.start),
        sentence: si,
        proper: false,
      });
      prevEnd = t.end;
    }
  });
  markProperNouns(out);
  return out;
}

function markProperNouns(words: Word[]): void {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w.text)) lower.add(w.lower);
    else if (w.text.length > 1 && w.text === w.text.toUpperCase()) return;
    else if (i > 0 && (afterInitial(words[i - 1], w) || (words[i - 1].sentence === w.sentence && !/[.!?:"\u201c\n]/.test(w.gap)))) capitalised.add(w.lower);
  });
  for (const w of words) w.proper = /^\p{Lu}/u.test(w.text) && capitalised.has(w.lower) && !lower.has(w.lower);
}

/** "Jo R. Tallis": the point after a middle initial ends no sentence, though the parser may split there. */
function afterInitial(prev: Word, w: Word): boolean {
  return /^\p{Lu}\.?$/u.test(prev.text) && /^\.? $/.test(w.gap);
}

/** Lower case without possessive ending and edge punctuation, curly apostrophes made straight. */
export function normalWord(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Index of the first word starting at or after `offset` (words.length when none). */
export function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words wholly inside [from, to), as an index range [i, j). */
export function wordRange(words: Word[], from: number, to: number): [number, number] {
  const i = firstWordFrom(words, from);
  let j = firstWordFrom(words, to);
  while (j > i && words[j - 1].end > to) j--;
  return [i, j];
}

export function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text);
}

export function isPossessive(w: Word): boolean {
  return /['\u2019]s?$/.test(w.text) && /\p{L}['\u2019]s?$/u.test(w.text);
}

/** True when only spaces separate the word from the previous one. */
export function joinedToPrevious(w: Word): boolean {
  return /^[ \t\u00a0]*$/.test(w.gap);
}
