import { LINE_BREAK } from './lines.js';

const MAX_TITLE = 120;

/** A dateline line such as ` date 2017-01-28 REX/Shutterstock` or `Date: 2017-01-28`. */
const DATELINE = /^\s*(?:date|dated|published)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;

export function findDateline(text: string): string | null {
  for (const line of firstLines(text, 5)) {
    const m = DATELINE.exec(line);
    if (m && isRealDate(m[1])) return m[1];
  }
  return null;
}

export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The first headline-like line (short, no sentence-ending period, not a dateline), else the
 * first sentence shortened at a word.
 */
export function findTitle(text: string, fallback: string): string {
  for (const line of firstLines(text, 3)) {
    if (DATELINE.test(line)) continue;
    if (isHeadline(line)) return line;
    break;
  }
  const body = text
    .split(LINE_BREAK)
    .filter((line) => !DATELINE.test(line))
    .join('\n')
    .trim();
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  const shortened = shorten(sentence, MAX_TITLE);
  return shortened || fallback;
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 20 && line.length <= 160 && !/[.:;,]$/.test(line) && !/^["“]/.test(line);
}

function firstLines(text: string, n: number): string[] {
  return text
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, n);
}

/** On one line, cut at a word with an ellipsis when longer than `max`: titles, answers, choices. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord || cut}…`;
}
