import type { Answer, AnswerResult, ChartRow } from '../model/answer.js';
import type { Article } from '../model/article.js';
import type { FactRecord, TypedValue } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import { cleanQuery } from './query.js';
import { STEP, topicFilter, type TopicFilter } from './share-of-voice.js';
import { runNow } from '../runtime/slices.js';
import { displayValue, valueKey } from './display.js';
import { relativeHighlight, sourceRef } from './cite.js';
import { shorten } from '../corpus/title.js';
import { tokenize } from '../search/tokens.js';

export type Period = 'day' | 'week' | 'month';
/** Spans up to this many days are drawn per day, up to this many weeks per week, longer per month. */
const MAX_DAYS = 31;
const MAX_WEEKS = 26;
const DAY_MS = 86_400_000;
export const NO_OUTLET = 'no outlet named';
/** Values that can differ between sources without either being a matter of wording. */
const COMPARABLE: ReadonlySet<TypedValue['type']> = new Set(['number', 'money', 'percent', 'age', 'duration', 'date']);

/** The bucket a span of dates is drawn in: as fine as still fits a chart. */
export function periodFor(first: string, last: string): Period {
  const days = (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
  return days <= MAX_DAYS ? 'day' : days <= MAX_WEEKS * 7 ? 'week' : 'month';
}

/** A date's bucket label: the day itself, the Monday of its week, or its month. */
export function periodOf(date: string, period: Period): string {
  if (period === 'day') return date;
  if (period === 'month') return date.slice(0, 7);
  const d = new Date(`${date}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
  return monday.toISOString().slice(0, 10);
}

/** Every bucket from the first to the last, empty ones too: a gap in coverage is part of the story. */
function periodsBetween(first: string, last: string, period: Period): string[] {
  const out: string[] = [];
  let at = new Date(`${periodOf(first, period)}${period === 'month' ? '-01' : ''}T00:00:00Z`);
  const end = periodOf(last, period);
  while (out.length < 10_000) {
    const label = periodOf(at.toISOString().slice(0, 10), period);
    out.push(label);
    if (label >= end) break;
    if (period === 'month') at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
    else at = new Date(at.getTime() + (period === 'day' ? 1 : 7) * DAY_MS);
  }
  return out;
}

/** /timeline <topic>: articles and quotations on a topic per period, stacked by outlet. */
export function timeline(index: CoverageIndex, raw: string): Answer {
  return runNow(timelineSteps(index, raw));
}

/** /timeline in steps that may pause (see shareOfVoiceSteps). */
export function* timelineSteps(index: CoverageIndex, raw: string): Generator<void, Answer> {
  const tally = yield* timelineTallySteps(index, raw);
  return 'command' in tally ? tally : timelineFinish(tally);
}

/** One statement of a value on the topic (see claimKey), with what the answer shows of it. */
interface Claim {
  articleId: string;
  date: string;
  /** Its article's title, shortened as the note shows it. */
  title: string;
  value: TypedValue;
  result: AnswerResult;
}

/** Per claim key: its first claim, the first after it from another article with another value, and the first with another value at all. */
interface ClaimState {
  first: Claim;
  other?: Claim;
  otherValue?: Claim;
}

/**
 * What /timeline counts: the articles on the topic and their quotations on it, per date and outlet
 * (in order of first appearance), and the values sources state about the same thing (per claim
 * key, in order of first appearance). Tallies over disjoint runs of articles in corpus order merge
 * (mergeTimeline) into the tally over all of them: a scoped replica counts a large corpus batch by batch.
 */
export interface TimelineTally {
  text: string;
  articles: number;
  quotations: number;
  undated: number;
  cells: Map<string, { date: string; outlet: string; articles: number; quotes: number }>;
  claims: Map<string, ClaimState>;
}

/** One batch's /timeline counts, at once (the replica's workers count off the answering thread). */
export function timelineTally(index: CoverageIndex, raw: string): TimelineTally | Answer {
  return runNow(timelineTallySteps(index, raw));
}

/** /timeline's tally over the index (or a batch of a corpus's articles); an Answer when the question itself is refused. */
export function* timelineTallySteps(index: CoverageIndex, raw: string): Generator<void, TimelineTally | Answer> {
  const t = cleanQuery(raw, 'a topic');
  if (!t.ok) return { command: 'timeline', query: raw, found: false, message: t.message, results: [] };
  const filter = topicFilter(index, t.text);
  if (!filter)
    return { command: 'timeline', query: t.text, found: false, message: `“${t.text}” has no word to search for. Try a more specific topic.`, results: [] };
  const quoteCount = new Map<string, number>();
  let read = 0;
  for (const q of filter.pool()) {
    if (++read % STEP === 0) yield;
    if (filter.test(q)) quoteCount.set(q.articleId, (quoteCount.get(q.articleId) ?? 0) + 1);
  }
  // An article is on the topic when it quotes someone on it, or when its title and lead are.
  const articles: Article[] = [];
  for (const a of index.search.articles.values()) {
    if (++read % STEP === 0) yield;
    if (quoteCount.has(a.id) || leadOnTopic(a, filter)) articles.push(a);
  }
  const dated = articles.filter((a): a is Article & { date: string } => Boolean(a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date)));
  const tally: TimelineTally = {
    text: t.text,
    articles: articles.length,
    quotations: [...quoteCount.values()].reduce((a, b) => a + b, 0),
    undated: articles.length - dated.length,
    cells: new Map(),
    claims: new Map(),
  };
  for (const a of dated) {
    const outlet = a.outlet ?? NO_OUTLET;
    const key = `${a.date}\u0000${outlet}`;
    const cell = tally.cells.get(key) ?? { date: a.date, outlet, articles: 0, quotes: 0 };
    cell.articles++;
    cell.quotes += quoteCount.get(a.id) ?? 0;
    tally.cells.set(key, cell);
  }
  tally.claims = yield* claimsOf(index, dated, filter.test);
  return tally;
}

/** Adds `part`, a tally over articles after all of `into`'s in corpus order, into `into`. */
export function mergeTimeline(into: TimelineTally, part: TimelineTally): TimelineTally {
  into.articles += part.articles;
  into.quotations += part.quotations;
  into.undated += part.undated;
  for (const [key, c] of part.cells) {
    const cell = into.cells.get(key);
    if (cell) {
      cell.articles += c.articles;
      cell.quotes += c.quotes;
    } else into.cells.set(key, { ...c });
  }
  for (const [key, p] of part.claims) {
    const m = into.claims.get(key);
    if (!m) into.claims.set(key, p);
    // The first of `part`'s claims with another value than `m`'s first (their articles differ).
    else if (!m.other) m.other = valueKey(p.first.value) !== valueKey(m.first.value) ? p.first : p.otherValue;
  }
  // Only the first keys with two differing claims are shown: later keys can never be.
  let shown = 0;
  for (const [key, c] of into.claims) {
    if (shown >= MAX_DIFFER / 2) into.claims.delete(key);
    else if (c.other) shown++;
  }
  return into;
}

/** The /timeline answer from a tally. */
export function timelineFinish(t: TimelineTally): Answer {
  if (t.articles === 0) {
    return { command: 'timeline', query: t.text, found: false, message: `No article in the coverage is on “${t.text}”.`, results: [] };
  }
  if (t.cells.size === 0) {
    return {
      command: 'timeline',
      query: t.text,
      found: false,
      message: `${t.articles} article${t.articles === 1 ? ' is' : 's are'} on “${t.text}”, but none has a date to place it in time.`,
      results: [],
    };
  }
  const dates = [...new Set([...t.cells.values()].map((c) => c.date))].sort();
  const period = periodFor(dates[0], dates[dates.length - 1]);
  const rows = stackedRows(t.cells, period, periodsBetween(dates[0], dates[dates.length - 1], period));
  const differ = differingValues(t.claims);
  const flags = differ.map((d) => ({ label: periodOf(d.date, period), note: d.note }));
  const notes = [`Per ${period}, ${dates[0]} to ${dates[dates.length - 1]}.`];
  const { undated, quotations } = t;
  if (undated) notes.push(`${undated} article${undated === 1 ? ' has' : 's have'} no date and ${undated === 1 ? 'is' : 'are'} not shown.`);
  if (differ.length)
    notes.push(`The sources differ on a value on ${[...new Set(flags.map((f) => f.label))].sort().join(', ')} (marked ⚠); each value is cited.`);
  return {
    command: 'timeline',
    query: t.text,
    found: true,
    answer: `${t.articles} article${t.articles === 1 ? '' : 's'} and ${quotations} quotation${quotations === 1 ? '' : 's'} on “${t.text}”`,
    message: notes.join(' '),
    sourcesDiffer: differ.length > 0 || undefined,
    chart: { kind: 'stacked', title: `Coverage of “${shorten(t.text, 40)}” per ${period}`, measure: 'articles', rows, flags },
    results: differ.map((d) => d.result),
  };
}

function leadOnTopic(a: Article, filter: TopicFilter): boolean {
  const lead = a.paragraphs[0] ?? { text: a.title, start: 0, end: 0 };
  // Most articles share no word with the topic: a word check spares scoring them.
  if (!tokenize(`${a.title} ${lead.text}`).some((w) => filter.words.has(w))) return false;
  return filter.test({ text: a.title, passage: lead });
}

function stackedRows(cells: TimelineTally['cells'], period: Period, periods: string[]): ChartRow[] {
  const rowsBy = new Map<string, ChartRow>();
  const add = (panel: string, label: string, series: string, n: number): void => {
    const key = `${panel}\u0000${label}\u0000${series}`;
    const row = rowsBy.get(key) ?? { label, series, panel, count: 0 };
    row.count += n;
    rowsBy.set(key, row);
  };
  for (const c of cells.values()) {
    const label = periodOf(c.date, period);
    add('articles', label, c.outlet, c.articles);
    if (c.quotes) add('quotations', label, c.outlet, c.quotes);
  }
  const order = new Map(periods.map((p, i) => [p, i]));
  const rows = [...rowsBy.values()].sort((x, y) => (order.get(x.label) ?? 0) - (order.get(y.label) ?? 0) || (x.series ?? '').localeCompare(y.series ?? ''));
  // Periods with no coverage still get a zero row, so every face shows the gap.
  const seen = new Set(rows.map((r) => r.label));
  const gaps = periods.filter((p) => !seen.has(p)).map((label) => ({ label, series: '', panel: 'articles', count: 0 }));
  return [...rows, ...gaps].sort((x, y) => (order.get(x.label) ?? 0) - (order.get(y.label) ?? 0));
}

interface Differ {
  date: string;
  note: string;
  result: AnswerResult;
}

/** Values shown where sources differ, at most: two per thing they differ on. */
const MAX_DIFFER = 10;

/**
 * Where two articles on the topic state a different value for the same thing: a sentence on the
 * topic about the same subject, with the same verb, counting the same noun, with a value of the
 * same type (a number, a sum, a date...). Deliberately narrow: it marks a plain disagreement,
 * not every sentence that happens to hold a different number.
 */
function* claimsOf(index: CoverageIndex, articles: Array<Article & { date: string }>, onTopic: TopicFilter['test']): Generator<void, Map<string, ClaimState>> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const claims = new Map<string, ClaimState>();
  const claim = (fact: FactRecord, value: TypedValue, article: Article & { date: string }): Claim => ({
    articleId: article.id,
    date: article.date,
    title: shorten(article.title, 40),
    value,
    result: factResult(index, fact, value),
  });
  // Only the topic's articles are read: their facts may not even be parsed yet (see FactStore).
  let read = 0;
  for (const fact of articles.flatMap((a) => index.facts.forArticle(a.id))) {
    if (++read % STEP === 0) yield;
    if (!fact.subject || fact.predicate.length === 0) continue;
    if (!onTopic({ text: fact.statement, passage: fact.passage })) continue;
    const article = byId.get(fact.articleId);
    if (!article) continue;
    for (const value of fact.values) {
      if (!COMPARABLE.has(value.type) || value.normalized === undefined) continue;
      // The sentence's main verb only: "will cost, the council said" and "will cost, figures show" claim the same thing.
      const key = [fact.subject.toLowerCase(), fact.predicate[0], value.type, [...new Set(value.context ?? [])].sort().join(' ')].join('|');
      const state = claims.get(key);
      if (!state) {
        claims.set(key, { first: claim(fact, value, article) });
        continue;
      }
      const differs = valueKey(value) !== valueKey(state.first.value);
      if (differs && !state.otherValue) state.otherValue = claim(fact, value, article);
      if (differs && !state.other && fact.articleId !== state.first.articleId) state.other = claim(fact, value, article);
    }
  }
  return claims;
}

/** Each claim key with two differing claims, in order, as two cited values each. */
function differingValues(claims: ReadonlyMap<string, ClaimState>): Differ[] {
  const out: Differ[] = [];
  for (const { first, other } of claims.values()) {
    if (!other) continue;
    for (const c of [first, other]) {
      const against = c === first ? other : first;
      const note = `${displayValue(c.value)} (${c.title}) vs ${displayValue(against.value)} (${against.title})`;
      out.push({ date: c.date, note, result: c.result });
    }
  }
  return out.slice(0, MAX_DIFFER);
}

function factResult(index: CoverageIndex, fact: FactRecord, value: TypedValue): AnswerResult {
  const mark = relativeHighlight(fact.passage, { start: value.start, end: value.end });
  return {
    kind: 'fact',
    text: displayValue(value),
    speaker: null,
    source: sourceRef(index.search.articles.get(fact.articleId), fact.articleId),
    passage: fact.passage,
    highlights: mark ? [mark] : [],
    score: 1,
    alsoIn: [],
    values: [value],
    recordId: fact.id,
  };
}
