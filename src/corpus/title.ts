import * as chrono from 'chrono-node';
import { LINE_BREAK } from './lines.js';

const MAX_TITLE = 120;

/**
 * Lines near the top that date an article, in the forms news sites and wires use:
 * - labelled: ` date 2017-01-28 REX/Shutterstock`, `Published: Tue 14 Mar 2024 09.00 GMT`;
 * - a wire dateline, before its dash: `HARTWELL, Ohio, March 14, 2024 — …`, `LONDON, 14 March 2024 (Reuters) - …`;
 * - a line that is only a date or a byline with one: `March 14, 2024`, `By Jane Doe | Jan. 28, 2017`.
 * Only a full date (day, month and year) counts; `WASHINGTON (AP) —` has a place but no date.
 */
const LABELLED = /^\s*(?:date|dated|published|updated|posted|first published|last updated|last modified)\b\s*(?:on\b)?\s*:?\s*(.{4,100})$/i;
const WIRE = /^([A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+)*\b[^\u2014\u2013]{0,80}?)\s*(?:\u2014|\u2013|\s--?\s)/;
const BYLINE = /^\s*by\s/i;
const MAX_DATE_LINE = 100;

export function findDateline(text: string): string | null {
  for (const line of firstLines(text, 5)) {
    const date = datelineDate(line);
    if (date) return date;
  }
  return null;
}

function datelineDate(line: string): string | null {
  const wire = LABELLED.test(line) ? null : WIRE.exec(line);
  return wire ? fullDate(wire[1]) : dateLineDate(line);
}

/** The date of a line that holds nothing else worth reading: a labelled date, a bare date, a byline. */
function dateLineDate(line: string): string | null {
  const labelled = LABELLED.exec(line);
  if (labelled) return fullDate(labelled[1]);
  if (line.length > MAX_DATE_LINE) return null;
  const date = chrono.strict.parse(line, REFERENCE)[0];
  if (!date || !isFull(date)) return null;
  // Only a line that is mostly the date, or a byline: a date inside a short sentence is the story's.
  return BYLINE.test(line) || date.text.length * 2 >= line.replace(/\s+/g, '').length ? iso(date) : null;
}

/** Parsed without the machine clock: only dates that state their own year are kept. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

function fullDate(text: string): string | null {
  const date = chrono.strict.parse(text, REFERENCE).find(isFull);
  return date ? iso(date) : null;
}

function isFull(r: chrono.ParsedResult): boolean {
  return r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
}

function iso(r: chrono.ParsedResult): string | null {
  const [y, m, d] = [r.start.get('year'), r.start.get('month'), r.start.get('day')];
  if (y === null || m === null || d === null) return null;
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(out) ? out : null;
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
    if (dateLineDate(line)) continue;
    if (isHeadlineShaped(line)) return line;
    break;
  }
  const body = text
    .split(LINE_BREAK)
    .filter((line) => !dateLineDate(line.trim()))
    .join('\n')
    .trim();
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  const shortened = shorten(sentence, MAX_TITLE);
  return shortened || fallback;
}

function isHeadlineShaped(line: string): boolean {
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
