import * as chrono from 'chrono-node';
import type { TypedValue } from '../model/records.js';
import type { Sentence } from './parse.js';
import { has, wordsOf } from './tokens.js';
import { parseNumber } from './numbers.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in the past unless the sentence looks ahead ("will", "next"): news reports what happened. */
const FUTURE = /\b(will|shall|next|upcoming|coming|scheduled|plans? to|going to)\b/i;
const SAME_DAY = /\b(?:that|the) same day\b/i;

/**
 * Dates a sentence names, resolved against the article's own date (never today's): "Jan. 28" takes
 * the article's year, "on Friday" the Friday of that week. Undated articles keep what the text
 * says: a weekday stays a weekday, a day without a year stays "--MM-DD".
 */
export function findDates(text: string, sentence: Sentence, articleDate: string | null, previous: TypedValue | null): TypedValue[] {
  if (!mayHoldDate(sentence)) return [];
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: TypedValue[] = [];
  // Forward only when the date's own clause looks ahead: "voted on Monday to strike next month" is last Monday.
  const ahead = FUTURE.test(sentence.text) ? chrono.parse(sentence.text, { instant: ref, timezone: 0 }, { forwardDate: true }) : [];
  for (const past of chrono.parse(sentence.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const clause =
      sentence.text
        .slice(0, past.index)
        .split(/[,;:—–]/)
        .at(-1) ?? '';
    const r = FUTURE.test(`${clause}${past.text}`) ? (ahead.find((a) => a.index === past.index) ?? past) : past;
    const value = toValue(text, sentence, r, articleDate);
    if (value) out.push(value);
  }
  if (articleDate) out.push(...relativeDates(text, sentence, articleDate, out));
  out.push(...bareYears(sentence, out));
  const same = SAME_DAY.exec(sentence.text);
  if (same && previous) {
    const start = sentence.start + same.index;
    out.push({ type: 'date', text: same[0], start, end: start + same[0].length, normalized: previous.normalized, context: ['same', 'day'] });
  }
  return out;
}

const RELATIVE =
  /\b(?:(last|next|this) (year|month)|(yesterday)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?|years?) ago)\b/gi;

/**
 * Dates told relative to the article's own date: "last year", "next month", "yesterday", "two weeks
 * ago". Only exact ones: "a few years ago" and "recently" name no date to cite.
 */
function relativeDates(text: string, sentence: Sentence, articleDate: string, found: TypedValue[]): TypedValue[] {
  const [y, m, d] = articleDate.split('-').map(Number);
  if (!y || !m) return [];
  const out: TypedValue[] = [];
  for (const hit of sentence.text.matchAll(RELATIVE)) {
    const start = sentence.start + (hit.index ?? 0);
    const end = start + hit[0].length;
    if (found.some((v) => start < v.end && end > v.start)) continue;
    const normalized = relativeValue(hit, y, m, d);
    if (normalized) out.push({ type: 'date', text: text.slice(start, end), start, end, normalized });
  }
  return out;
}

function relativeValue(hit: RegExpMatchArray, y: number, m: number, d: number | undefined): string | null {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const shift = { last: -1, next: 1, this: 0 }[(hit[1] ?? '').toLowerCase() as 'last' | 'next' | 'this'] ?? 0;
  if (hit[2]?.toLowerCase() === 'year') return String(y + shift);
  const month = (back: number) => {
    const at = new Date(Date.UTC(y, m - 1 + back, 1));
    return `${at.getUTCFullYear()}-${p2(at.getUTCMonth() + 1)}`;
  };
  if (hit[2]?.toLowerCase() === 'month') return month(shift);
  const day = (back: number) => (d ? new Date(Date.UTC(y, m - 1, d - back)).toISOString().slice(0, 10) : null);
  if (hit[3]) return day(1);
  const n = parseNumber(hit[4] ?? '');
  if (n === null || n <= 0) return null;
  const unit = (hit[5] ?? '').toLowerCase().replace(/s$/, '');
  if (unit === 'day') return day(n);
  if (unit === 'week') return day(7 * n);
  if (unit === 'month') return month(-n);
  return String(y - n);
}

/** Years standing alone ("the 2016 elections", "since 1998") that chrono leaves out. */
function bareYears(sentence: Sentence, found: TypedValue[]): TypedValue[] {
  return wordsOf(sentence)
    .filter((t) => /^(1[89]|20)\d\d$/.test(t.text) && has(t, 'Year', 'Date', 'Cardinal'))
    .filter((t) => !found.some((v) => t.start >= v.start && t.end <= v.end))
    .filter((t) => has(t, 'Year', 'Date') || /\b(in|since|of|the|by|until|from)\s*$/i.test(sentence.text.slice(0, t.start - sentence.start)))
    .map((t) => ({ type: 'date' as const, text: t.text, start: t.start, end: t.end, normalized: t.text }));
}

function mayHoldDate(sentence: Sentence): boolean {
  return (
    sentence.tokens.some((t) => has(t, 'Date', 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text)) ||
    SAME_DAY.test(sentence.text) ||
    new RegExp(RELATIVE.source, 'i').test(sentence.text)
  );
}

function toValue(text: string, sentence: Sentence, r: chrono.ParsedResult, articleDate: string | null): TypedValue | null {
  const lead = /^(?:on|in|at|by|since|from|until|of)\s+/i.exec(r.text)?.[0].length ?? 0;
  const trail = /[\s,.;:]+$/.exec(r.text)?.[0].length ?? 0;
  const start = sentence.start + r.index + lead;
  const end = sentence.start + r.index + r.text.length - trail;
  if (!isExplicit(sentence, start, end)) return null;
  const normalized = normalise(r.start, articleDate !== null);
  if (!normalized) return null;
  return { type: 'date', text: text.slice(start, end), start, end, normalized };
}

/** Only dates the text names outright (a month, weekday or year): "today" and "a few years ago" are too vague to cite. */
function isExplicit(sentence: Sentence, start: number, end: number): boolean {
  const inside = wordsOf(sentence).filter((t) => t.start >= start && t.end <= end);
  return inside.some((t) => has(t, 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text) || /\d{1,2}\/\d{1,2}/.test(t.text));
}

function normalise(c: chrono.ParsedComponents, dated: boolean): string | null {
  const year = c.isCertain('year') || (dated && (c.isCertain('month') || c.isCertain('weekday'))) ? c.get('year') : null;
  const month = c.isCertain('month') || (dated && c.isCertain('weekday')) ? c.get('month') : null;
  const day = c.isCertain('day') || (dated && c.isCertain('weekday')) ? c.get('day') : null;
  if (!dated && c.isCertain('weekday') && !c.isCertain('day')) return WEEKDAYS[c.get('weekday') ?? 0];
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (month !== null && day !== null) return `${year !== null ? year : '-'}-${p2(month)}-${p2(day)}`;
  if (month !== null) return year !== null ? `${year}-${p2(month)}` : `--${p2(month)}`;
  return year !== null ? String(year) : null;
}

/** How a normalized date reads in an answer: "January 28, 2017", "Friday", "November 2015". */
export function displayDate(normalized: string): string {
  const full = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(normalized);
  if (full) return `${MONTHS[Number(full[2]) - 1]} ${Number(full[3])}${full[1] === '-' ? '' : `, ${full[1]}`}`;
  const ym = /^(\d{4})-(\d{2})$/.exec(normalized) ?? /^(-)-(\d{2})$/.exec(normalized);
  if (ym) return `${MONTHS[Number(ym[2]) - 1]}${ym[1] === '-' ? '' : ` ${ym[1]}`}`;
  return normalized;
}
