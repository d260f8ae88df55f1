import type { FactRecord } from '../model/records.js';
import { dateParts, MONTHS as MONTH_NAMES } from '../nlp/dates.js';

/**
 * A date the question gives as its occasion ("on march 15", "in 2012", "in january 2016"). The
 * sentence that answers may state it otherwise: a live blog dated that week says "Tuesday", a
 * recap "in January" of the year it reports.
 */
export interface AskedDate {
  year?: number;
  month?: number;
  day?: number;
  /** The question's words that say it ("march", "15"), lower case. */
  terms: string[];
  /** "before march 15", "since 2012": a point to count from, which the answer's own date need not match. */
  anchor: boolean;
}

/** Words that make the date after them a point to count from ("before march 15"). */
export const ANCHORS: ReadonlySet<string> = new Set(['before', 'after', 'since', 'until', 'till', 'by', 'prior']);
/** A year as readers type it: four digits from 1800 to 2099, not a decade ("1990s") nor part of a larger number. */
const YEAR = /(?<![\d,.$])\b(1[89]\d\d|20\d\d)\b(?![\d,]|s\b|'s\b)/g;
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/**
 * "march 15", "15th of march", "mar. 15, 2016", "january 2016": a month with a day or a year. A month
 * alone may be a verb ("may", "march"), and "tuesday" or "last week" need the article's own date.
 */
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
const CALENDAR_DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b\\.?|${MONTH}\\b\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?\\b)?)(?:,? (\\d{4}))?\\b`,
  'g',
);

function monthOf(word: string | undefined): number | undefined {
  const k = word ? MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) : -1;
  return k < 0 ? undefined : k + 1;
}

/** The dates a question states, by month and day and by year. */
export function askedDates(text: string): AskedDate[] {
  const lower = text.toLowerCase();
  const out: AskedDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of lower.matchAll(CALENDAR_DATE)) {
    const month = monthOf(m[2] ?? m[3]);
    const day = Number(m[1] ?? m[4]) || undefined;
    const year = Number(m[5]) || undefined;
    if (month === undefined || (day === undefined && year === undefined) || (day !== undefined && day > 31)) continue;
    out.push({ month, day, year, terms: words(m[0]), anchor: anchored(lower, m.index) });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of lower.matchAll(YEAR)) {
    if (taken.some(([from, to]) => m.index >= from && m.index < to)) continue;
    out.push({ year: Number(m[1]), terms: [m[1]], anchor: anchored(lower, m.index) });
  }
  return out;
}

/** The date's words as the question's focus holds them ("15th of march": "15th", "march"). */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'of');
}

/** The word before the date (past "the", "on", "of"): "before", "since" make it a point to count from. */
function anchored(lower: string, at: number): boolean {
  const before = lower
    .slice(0, at)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== 'the' && w !== 'on' && w !== 'of');
  return ANCHORS.has(before.at(-1) ?? '');
}

/** The sentence states the date, as the question does or as "Tuesday" of that week (a date value the extractor resolved). */
function statesDate(r: FactRecord, asked: AskedDate): boolean {
  return r.values.some((v) => v.type === 'date' && typeof v.normalized === 'string' && !v.items && agrees(v.normalized, asked));
}

/**
 * The sentence as the question's date reads it: one dated "Tuesday" of the week of March 15 carries
 * the words "march" and "15", so it is held to the question's words as one saying "March 15" is. A
 * date to count from ("before march 15") is left to the words.
 */
export function datedAsAsked(r: FactRecord, dates: readonly AskedDate[]): FactRecord {
  const missing = dates.filter((d) => !d.anchor && statesDate(r, d)).flatMap((d) => d.terms.filter((t) => !r.terms.includes(t)));
  return missing.length === 0 ? r : { ...r, terms: [...r.terms, ...new Set(missing)] };
}

/** "2016-03-15" agrees with "march 15", "march" and "2016"; "--03-15" (no year known) with "march 15"; a weekday with any. */
function agrees(normalized: string, asked: AskedDate): boolean {
  const parts = dateParts(normalized);
  if (!parts) return true;
  const clash = (a: number | null, b: number | undefined) => a !== null && b !== undefined && a !== b;
  return !clash(parts.year, asked.year) && !clash(parts.month, asked.month) && !clash(parts.day, asked.day);
}
