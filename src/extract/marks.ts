/**
 * Quote-mark scanning over the raw text. compromise only sees quotations inside one of its
 * sentences, so split and multi-sentence quotations are found here, one line at a time.
 */

/** A single-quoted quotation inside a double-quoted one. */
export interface InnerQuote {
  open: number;
  /** Index of the closing mark, or null when the outer quotation ended first. */
  close: number | null;
  start: number;
  end: number;
}

/** A top-level double-quoted region of one line. */
export interface QuoteMark {
  /** Index of the opening mark. */
  open: number;
  /**
   * Index of the closing mark, or null when the line ended first: news style leaves a
   * quotation open at a paragraph end when the next paragraph continues it.
   */
  close: number | null;
  /** The quoted words: marks, surrounding spaces and a trailing comma excluded. */
  start: number;
  end: number;
  lineStart: number;
  lineEnd: number;
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '"']);
const CURLY_CLOSERS = new Set(['\u201d', '\u00bb']);
const TRIM = new Set([' ', '\t', '\r', '\n', '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const TRAILING = new Set([',', ' ', '\t', '\r', '\n']);

/** Every double-quoted region of `text`, in order. Linear in the length of the text. */
export function scanQuotes(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (const [open, close] of regionsOfLine(text, lineStart, lineEnd)) {
      const [start, end] = cleanInner(text, open + 1, close ?? lineEnd);
      if (start >= end) continue;
      marks.push({ open, close, start, end, lineStart, lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return marks;
}

/**
 * Top-level regions as [open, close] pairs. A straight mark closes a straight one; a curly
 * closer closes a curly opener; marks of the other kind inside a region count as nesting.
 */
function regionsOfLine(text: string, from: number, to: number): Array<[number, number | null]> {
  const out: Array<[number, number | null]> = [];
  const stack: string[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') {
      const closesCurly = stack.length === 1 && stack[0] !== '"' && i > from && !/\s/.test(text[i - 1]);
      if (closesCurly || (stack.length && stack[stack.length - 1] === '"')) {
        stack.pop();
        if (!stack.length) out.push([start, i]);
      } else {
        if (!stack.length) start = i;
        stack.push(ch);
      }
    } else if (OPENERS.has(ch)) {
      if (misusedCloser(text, i, from, to, stack)) {
        stack.pop();
        out.push([start, i]);
        continue;
      }
      if (!stack.length) start = i;
      stack.push(ch);
    } else if (ch === '\u2019' && misusedSingleCloser(text, i, start, to, stack)) {
      stack.pop();
      out.push([start, i]);
    } else if (CURLY_CLOSERS.has(ch) && stack.length && (stack[stack.length - 1] !== '"' || stack.length === 1)) {
      stack.pop();
      if (!stack.length) out.push([start, i]);
    }
  }
  if (stack.length) out.push([start, null]);
  return out;
}

/**
 * `…her share,“ said Smith`: an opening curly mark typed where the closer belongs. Right after
 * the quotation's closing punctuation and followed by a space (or the line's end), it cannot open
 * anything, so it closes the open curly quotation.
 */
function misusedCloser(text: string, i: number, from: number, to: number, stack: string[]): boolean {
  if (text[i] !== '\u201c' || stack.length !== 1 || stack[0] === '"') return false;
  return i > from && /[,.?!]/.test(text[i - 1]) && (i + 1 >= to || /\s/.test(text[i + 1]));
}

/**
 * `Lund tweeted: "Let's go. We can do this.' Lund was …`: a single closing mark typed where the
 * double one belongs. Right after a sentence's end and before a space and a capital, with no single
 * quotation opened inside, it closes the open curly quotation.
 */
function misusedSingleCloser(text: string, i: number, start: number, to: number, stack: string[]): boolean {
  if (stack.length !== 1 || stack[0] === '"' || i < 1 || !/[.?!]/.test(text[i - 1])) return false;
  if (!/^\s+\p{Lu}/u.test(text.slice(i + 1, Math.min(to, i + 4)))) return false;
  const inside = text.slice(start + 1, i);
  return !inside.includes('\u2018') && !/(^|[\s(\u2014])'\p{L}/u.test(inside);
}

/** Trims spaces and marks, then a trailing comma: the eval's span convention. */
export function cleanInner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && TRIM.has(text[s])) s++;
  while (e > s && TRIM.has(text[e - 1])) e--;
  while (e > s && TRAILING.has(text[e - 1])) e--;
  return [s, e];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-"\u201c:]/;

/**
 * Single-quoted spans inside [start, end). An opener follows a space or bracket and precedes a
 * letter; a closer follows a non-space and precedes a non-letter, so apostrophes ("don't",
 * "Lyin'") inside words are not taken for marks.
 */
export function scanInner(text: string, start: number, end: number): InnerQuote[] {
  const out: InnerQuote[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== "'" && ch !== '\u2018' && ch !== '\u2019') continue;
    const prev = i > start ? text[i - 1] : ' ';
    const next = i + 1 < end ? text[i + 1] : ' ';
    const canOpen = ch !== '\u2019' && OPEN_CONTEXT.test(prev) && WORD_CHAR.test(next);
    const canClose = ch !== '\u2018' && !/\s/.test(prev) && !WORD_CHAR.test(next);
    if (open < 0 && canOpen) open = i;
    else if (open >= 0 && canClose) {
      if (i > open + 1) out.push({ open, close: i, start: open + 1, end: trimEnd(text, open + 1, i) });
      open = -1;
    }
  }
  if (open >= 0 && end > open + 1) out.push({ open, close: null, start: open + 1, end: trimEnd(text, open + 1, end) });
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && TRAILING.has(text[e - 1])) e--;
  return e;
}
