import * as chrono from 'chrono-node';
import type { TypedValue } from '../model/records.js';
import type { Sentence, Token } from './parse.js';
import { has, wordsOf } from './tokens.js';
import { parseNumber } from './numbers.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Month names as answers write them (and questions may type them, in lower case). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
    const clause = sentence.text.slice(0, past.index).split(CLAUSE_EDGE).at(-1) ?? '';
    const counted = SINCE_DATE.test(sentence.text.slice(0, past.index));
    const r = FUTURE.test(`${clause}${past.text}`) && !counted ? (ahead.find((a) => a.index === past.index) ?? past) : past;
    const value = toValue(text, sentence, r, articleDate, r === past ? aheadOfPresentVerb(sentence, past, ref, inThePast(sentence, past, ref)) : r.start);
    if (value) out.push(withoutCountAsDay(text, withRelativeYear(text, sentence, r, value, ref)));
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

/** How many years or months "last", "next" or "this" moves from the article's date. */
function shiftOf(word: string): number {
  return { last: -1, next: 1, this: 0 }[word.toLowerCase() as 'last' | 'next' | 'this'] ?? 0;
}

/** "of last year", "next year" after a date without its year: the year told relative to the article's. */
const OF_RELATIVE_YEAR = /^\s*(?:of\s+)?(last|next|this)\s+year\b/i;

/** "on June 16th of last year", "from Jan. 20 next year": chrono takes the nearest June 16 and leaves the year unread. */
function withRelativeYear(text: string, sentence: Sentence, r: chrono.ParsedResult, value: TypedValue, ref: Date): TypedValue {
  const after = OF_RELATIVE_YEAR.exec(sentence.text.slice(value.end - sentence.start));
  if (!after || r.start.isCertain('year') || typeof value.normalized !== 'string' || !/^\d{4}-/.test(value.normalized)) return value;
  const year = ref.getUTCFullYear() + shiftOf(after[1]);
  const end = value.end + after[0].length;
  return { ...value, text: text.slice(value.start, end), end, normalized: `${year}${value.normalized.slice(4)}` };
}

/** A month, a comma and a number: news writes a day without the comma, so the number counts something ("In May, 3,200 people"). */
const MONTH_BEFORE_COUNT = /^(\p{L}+\.?),\s*\d{1,2}$/u;

/** "In May, 3,200 people marched": chrono reads the count's first digits as the day; the date is the month alone. */
function withoutCountAsDay(text: string, value: TypedValue): TypedValue {
  const month = MONTH_BEFORE_COUNT.exec(value.text);
  const parts = typeof value.normalized === 'string' ? dateParts(value.normalized) : null;
  if (!month || !parts || parts.day === null) return value;
  const end = value.start + month[1].length;
  return { ...value, text: text.slice(value.start, end), end, normalized: String(value.normalized).slice(0, -3) };
}

/**
 * Where a date's clause ends on either side: a comma, a semicolon, a colon or a dash; not the
 * comma inside a number ("3,210 victims").
 */
const CLAUSE_BREAKS = ',;:\u2014\u2013';
const NUMBER_COMMA = '(?<=\\d),(?=\\d)';
const CLAUSE_EDGE = new RegExp(`(?!${NUMBER_COMMA})[${CLAUSE_BREAKS}]`, 'u');
/** The text of the clause a date stands in, up to the date. */
const CLAUSE_TAIL = new RegExp(`(?:${NUMBER_COMMA}|[^${CLAUSE_BREAKS}])*$`, 'u');

/**
 * chrono picks the nearest Thursday or the nearest Feb. 9, which may lie after the article's date;
 * a date that is the time of a past-tense verb ("suspended her account on Thursday", "was put on
 * hold on Feb. 9", "were hired in August", "last September") is the one before it. A date attached
 * to something ahead keeps the nearest, even in a past-tense sentence: "vowed to stay in through
 * the primary on June 7", "girding for the debate Thursday", "ahead of the Nov. 8 election".
 */
function inThePast(sentence: Sentence, r: chrono.ParsedResult, ref: Date): Components {
  const c = r.start;
  if (c.isCertain('year') || dayOf(c.date()) <= dayOf(ref)) return c;
  const lead = sentence.text.slice(0, r.index);
  const lastSaid = /\b(?:last|back(?:\s+in)?)\s+$/i.test(lead) || /^last\s/i.test(r.text) || SINCE_DATE.test(lead) || /^since\s/i.test(r.text);
  if (!lastSaid && !timeOfPastVerb(sentence, r.index)) return c;
  const back = c.isCertain('weekday') && !c.isCertain('day') ? new Date(c.date().getTime() - 7 * DAY_MS) : yearBefore(c.date());
  return movedTo(c, back);
}

/**
 * A date counted from is behind the article: "thousands since January 1st", "since their Oct. 13
 * debate", "since stepping down in October".
 */
const SINCE_DATE = /\bsince\s+(?:(?:the|its|their|his|her|our|early|late|mid)\s+|\p{L}+ing\s+(?:(?:in|on)\s+)?)?$/iu;

/**
 * "Once the rule goes into effect on Dec. 1, workers will …", "the store opens Tuesday, and it will
 * …": a date without a year that is the time of a present-tense verb, in a sentence that looks
 * ahead, is the next one, though chrono picked the nearest, which may lie before the article's
 * date. A reporting verb ("says on Monday") tells of something past and keeps it.
 */
function aheadOfPresentVerb(sentence: Sentence, r: chrono.ParsedResult, ref: Date, c: Components): Components {
  if (c !== r.start || r.start.isCertain('year') || dayOf(r.start.date()) >= dayOf(ref) || !FUTURE.test(sentence.text)) return c;
  if (!timeOfPresentVerb(sentence, r.index)) return c;
  const d = r.start.date();
  const ahead =
    r.start.isCertain('weekday') && !r.start.isCertain('day')
      ? new Date(d.getTime() + 7 * DAY_MS)
      : new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), 12));
  return movedTo(r.start, ahead);
}

/** Verbs that report what was said: their present tense tells of the past ("says on Monday"). */
const REPORTING = /^(?:says|tells|writes|reports|notes|argues|claims|adds|announces|insists|explains|recalls|recounts)$/i;

/** Whether the nearest verb before the date, in its clause and within a few words, is a present tense that is not reporting. */
function timeOfPresentVerb(sentence: Sentence, at: number): boolean {
  const own = verbBefore(sentence, at);
  if (!own || own.words > MAX_VERB_GAP || (own.previous && PAST_AUXILIARY.test(own.previous.text))) return false;
  return has(own.verb, 'PresentTense') && !has(own.verb, 'PastTense') && !REPORTING.test(own.verb.text) && !pastLikePresent(own.verb, own.previous);
}

/** The parsed date moved to another day, as certain of each part as before. */
function movedTo(c: chrono.ParsedComponents, d: Date): Components {
  const moved: Partial<Record<chrono.Component, number>> = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return { isCertain: (k) => c.isCertain(k), get: (k) => moved[k] ?? c.get(k) };
}

/** What normalise() reads of a parsed date. */
type Components = Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;

/** Tags of a verb form that has a tense (a phrasal particle or a bare auxiliary has none). */
const VERB_FORMS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'FutureTense', 'Participle'];
/** At most this many words between a present verb and the date it is the time of ("opens its doors to visitors Tuesday"). */
const MAX_VERB_GAP = 5;
/**
 * A past verb reaches further: what follows it in its clause tells of the same past ("locked up
 * the votes of unions representing most of the members back in October"); only a word that puts
 * the date ahead stops it.
 */
const MAX_PAST_VERB_GAP = 10;
/**
 * Words that put the date ahead of the verb ("campaigned through the June 7 primary", "ahead of the
 * Nov. 8 election"), when their phrase runs on to the date: in "testifying before the board in
 * October" the place is before the board, the date another phrase's.
 */
const AHEAD_OF_VERB = /\b(?:until|till|through|before|ahead|anticipation|awaiting)\b(?:(?!\b(?:in|on|at|during)\b).)*$/i;
/** A date meant for later, right after "for": "the ads planned for December", "the nominee for the Nov. 8 election". */
const FOR_DATE = /\bfor\s+(?:(?:the|an?|its|their|his|her)\s+)?$/i;
/** A present auxiliary makes a participle present: "the votes are tallied March 15". */
const PRESENT_AUXILIARY = /^(?:is|are|am|be)$/i;
const PAST_AUXILIARY = /^(?:was|were|had)$/i;

/**
 * Whether the verb the date belongs to is in the past: the nearest verb before it in its clause (a
 * gerund's tense is its clause's: "made the claim while testifying in October"); with none before,
 * the first verb after it in its clause ("The Feb. 13 collapse left …"), or for an opener with no
 * verb ("Late Sunday night, the city lifted …") the first verb after it. Not a date meant for later
 * ("planned for December") nor one ahead of its verb ("ahead of the Nov. 8 election").
 */
function timeOfPastVerb(sentence: Sentence, at: number): boolean {
  if (FOR_DATE.test(sentence.text.slice(0, at))) return false;
  const own = verbBefore(sentence, at);
  if (own) return own.words <= MAX_PAST_VERB_GAP && !AHEAD_OF_VERB.test(own.gap) && !isSupposed(own) && pastVerb(...tensed(own));
  if (AHEAD_OF_VERB.test(CLAUSE_TAIL.exec(sentence.text.slice(0, at))?.[0] ?? '')) return false;
  const rel = (t: Token) => t.start - sentence.start;
  const end = clauseEnd(sentence.text, at);
  const after = sentence.tokens.filter((t) => rel(t) >= at && rel(t) < end);
  return after.some(isVerb) ? firstVerbPast(after) : verblessInPast(sentence, at, end);
}

/** Whether the first verb among `tokens` is in the past (false when there is none). */
function firstVerbPast(tokens: Token[]): boolean {
  const j = tokens.findIndex(isVerb);
  return j >= 0 && pastVerb(tokens[j], tokens[j - 1]);
}

/**
 * A clause with no verb takes its tense from the sentence around it: an opener from the verb after
 * it ("Late Sunday night, the city lifted …"), a clause after a comma from the verb before it
 * ("Turnout fell to 40 percent, from 54 percent in July"). An aside between commas after a clause
 * without a verb ("with the deadline weeks away, Sept. 14, the board acted") tells no tense.
 */
function verblessInPast(sentence: Sentence, at: number, end: number): boolean {
  const from = sentence.text.slice(0, at).search(CLAUSE_TAIL);
  if (/^[\s"'“‘(]*$/u.test(sentence.text.slice(0, from))) {
    return firstVerbPast(sentence.tokens.filter((t) => t.start - sentence.start > end));
  }
  const before = verbBefore(sentence, from - 1);
  return before !== null && !isSupposed(before) && pastVerb(...tensed(before));
}

/** "if he won the election on Nov. 8": a past tense after "if" supposes; it tells nothing of when. */
function isSupposed(v: VerbBefore): boolean {
  return v.earlier.some((t) => /^if$/i.test(t.text));
}

const isVerb = (t: Token) => VERB_FORMS.some((f) => has(t, f));

/** Words before a gerund that make it a tense of its own ("was testifying", "is planning"). */
const PROGRESSIVE_AUXILIARY = /^(?:is|are|am|be|been|was|were)$/i;
/** Tags of a finite verb, which tells the tense of the gerunds after it: "had", "is", "made", "will". */
const FINITE = ['PastTense', 'PresentTense', 'FutureTense', 'Auxiliary', 'Copula', 'Modal'];
const isFiniteVerb = (t: Token) => has(t, ...FINITE) && !has(t, 'Gerund', 'Infinitive');

/**
 * The verb that tells a gerund's tense: "made the claim while testifying in October", "were
 * hammered out beginning on Sunday" are past, as the finite verb of their clause is; "is planning
 * to run ads starting Dec. 26" is not, nor one after "to" ("pointed to the mayor opening it on
 * Friday" looks ahead). Any other verb tells its own tense.
 */
function tensed({ verb, previous, earlier }: VerbBefore): [Token, Token | undefined] {
  if (!has(verb, 'Gerund') || (previous && PROGRESSIVE_AUXILIARY.test(previous.text))) return [verb, previous];
  const k = earlier.findLastIndex(isFiniteVerb);
  if (k < 0 || earlier.slice(k + 1).some((t) => /^to$/i.test(t.text))) return [verb, previous];
  return [earlier[k], earlier[k - 1]];
}

/** The nearest verb before a date in its clause, the word before it, the text between, how many words it holds, and the clause's words before the verb. */
interface VerbBefore {
  verb: Token;
  previous: Token | undefined;
  gap: string;
  words: number;
  earlier: Token[];
}

function verbBefore(sentence: Sentence, at: number): VerbBefore | null {
  const rel = (t: Token) => t.start - sentence.start;
  const from = sentence.text.slice(0, at).search(CLAUSE_TAIL);
  const before = sentence.tokens.filter((t) => rel(t) >= from && rel(t) < at);
  const k = before.findLastIndex(isVerb);
  if (k < 0) return null;
  return {
    verb: before[k],
    previous: before[k - 1],
    gap: sentence.text.slice(before[k].end - sentence.start, at),
    words: before.length - 1 - k,
    earlier: before.slice(0, k),
  };
}

/** Verbs whose past is spelt as their present ("put", "set", "cut"), which the tagger reads as present. */
const PAST_AS_PRESENT: ReadonlySet<string> = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'shut',
  'quit',
  'cast',
  'cost',
  'spread',
  'hurt',
  'bid',
  'split',
  'shed',
  'upset',
  'burst',
]);
/** A singular subject pronoun: the present after it takes an -s ("it puts"), so a bare "it put" is past. */
const SINGULAR_SUBJECT = /^(?:he|she|it)$/i;

/** "the curfew it put in place Thursday", "the board set the fee Friday": a bare form after a singular subject is the past. */
function pastLikePresent(verb: Token, previous: Token | undefined): boolean {
  if (!previous || !PAST_AS_PRESENT.has(verb.text.toLowerCase())) return false;
  return SINGULAR_SUBJECT.test(previous.text) || (has(previous, 'Singular') && !has(previous, 'Determiner', 'Adjective'));
}

/** A past-tense verb, not an adjective ("a designated day") nor a present passive ("are tallied"). */
function pastVerb(verb: Token, previous: Token | undefined): boolean {
  // "was put on hold": after a past auxiliary even a verb whose past looks like its present.
  if (previous && PAST_AUXILIARY.test(previous.text)) return true;
  if (pastLikePresent(verb, previous)) return true;
  if (!has(verb, 'PastTense')) return false;
  return previous === undefined || !(has(previous, 'Determiner') || PRESENT_AUXILIARY.test(previous.text));
}

function clauseEnd(text: string, from: number): number {
  const cut = text.slice(from).search(CLAUSE_EDGE);
  return cut < 0 ? text.length : from + cut;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The calendar day of an instant ("2016-06-13"): the article's date is a day, so "Monday evening"
 * in an article of that Monday is the same day, not after it (nor "Monday morning" before it).
 */
function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function yearBefore(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
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
  const shift = shiftOf(hit[1] ?? '');
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
  const words = wordsOf(sentence);
  return words
    .filter((t) => /^(1[89]|20)\d\d$/.test(t.text) && has(t, 'Year', 'Date', 'Cardinal'))
    .filter((t) => !found.some((v) => t.start >= v.start && t.end <= v.end))
    .filter(
      (t) =>
        has(t, 'Year', 'Date') ||
        /\b(in|since|of|the|by|until|from)\s*$/i.test(sentence.text.slice(0, t.start - sentence.start)) ||
        isYearBeforeThing(sentence, words, t),
    )
    .map((t) => ({ type: 'date' as const, text: t.text, start: t.start, end: t.end, normalized: t.text }));
}

/**
 * "a 2014 interview", "his 1963 speech", "in late 2013", "in 2010, 2011 and 2013": a year after an
 * article, a possessive or a part of a year, or after another year and the comma or "and" of a
 * list; not a count of the thing after it ("a 2000 people" is no year; "and 1500 troops" neither).
 */
function isYearBeforeThing(sentence: Sentence, words: Token[], t: Token): boolean {
  const at = words.indexOf(t);
  const lead = sentence.text.slice(0, t.start - sentence.start);
  const before = /\b(?:and|or)\s+$/i.test(lead) ? words[at - 2] : words[at - 1];
  const listed = LIST_LEAD.test(lead) && before !== undefined && /^(1[89]|20)\d\d$/.test(before.text);
  if (!YEAR_LEAD.test(lead) && !listed) return false;
  const next = words[at + 1];
  return next === undefined || !has(next, 'Plural', 'Value');
}

/** Words before a year that leave it a year: "a", "his", "late", "early", "during". */
const YEAR_LEAD = /\b(?:an?|his|her|its|their|our|late|early|mid|during|through)\s+$/i;

/** A list's comma, "and" or "or", which leave a year a year after another year. */
const LIST_LEAD = /(?:,\s*|\b(?:and|or)\s+)$/i;

function mayHoldDate(sentence: Sentence): boolean {
  return (
    sentence.tokens.some((t) => has(t, 'Date', 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text)) ||
    SAME_DAY.test(sentence.text) ||
    new RegExp(RELATIVE.source, 'i').test(sentence.text)
  );
}

function toValue(text: string, sentence: Sentence, r: chrono.ParsedResult, articleDate: string | null, c: Components): TypedValue | null {
  const lead = /^(?:on|in|at|by|since|from|until|of)\s+/i.exec(r.text)?.[0].length ?? 0;
  const trail = /[\s,.;:]+$/.exec(r.text)?.[0].length ?? 0;
  const start = sentence.start + r.index + lead;
  const end = sentence.start + r.index + r.text.length - trail;
  if (!isExplicit(sentence, start, end)) return null;
  const normalized = normalise(c, articleDate !== null);
  if (!normalized) return null;
  return { type: 'date', text: text.slice(start, end), start, end, normalized };
}

/** Only dates the text names outright (a month, weekday or year): "today" and "a few years ago" are too vague to cite. */
function isExplicit(sentence: Sentence, start: number, end: number): boolean {
  const inside = wordsOf(sentence).filter((t) => t.start >= start && t.end <= end);
  return inside.some((t) => has(t, 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text) || /\d{1,2}\/\d{1,2}/.test(t.text));
}

function normalise(c: Components, dated: boolean): string | null {
  const year = c.isCertain('year') || (dated && (c.isCertain('month') || c.isCertain('weekday'))) ? c.get('year') : null;
  const month = c.isCertain('month') || (dated && c.isCertain('weekday')) ? c.get('month') : null;
  const day = c.isCertain('day') || (dated && c.isCertain('weekday')) ? c.get('day') : null;
  if (!dated && c.isCertain('weekday') && !c.isCertain('day')) return WEEKDAYS[c.get('weekday') ?? 0];
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (month !== null && day !== null) return `${year !== null ? year : '-'}-${p2(month)}-${p2(day)}`;
  if (month !== null) return year !== null ? `${year}-${p2(month)}` : `--${p2(month)}`;
  return year !== null ? String(year) : null;
}

/** A normalized date's parts: "2016-03-15", "2016-03", "2016", and with no year known "--03-15", "--03". */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const NORMALIZED_DATE = /^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a date as normalise() writes it; null for a weekday kept as a word ("Friday"). */
export function dateParts(normalized: string): DateParts | null {
  const m = NORMALIZED_DATE.exec(normalized);
  if (!m) return null;
  return { year: m[1] === '-' ? null : Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** How a normalized date reads in an answer: "January 28, 2017", "Friday", "November 2015". */
export function displayDate(normalized: string): string {
  const parts = dateParts(normalized);
  if (!parts || parts.month === null) return normalized;
  const year = parts.year === null ? '' : String(parts.year);
  if (parts.day !== null) return `${MONTHS[parts.month - 1]} ${parts.day}${year && `, ${year}`}`;
  return `${MONTHS[parts.month - 1]}${year && ` ${year}`}`;
}
