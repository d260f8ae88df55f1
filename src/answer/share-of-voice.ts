import type { Answer, ChartRow } from '../model/answer.js';
import type { QuoteRecord } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import { tokenize } from '../search/tokens.js';
import { cleanQuery } from './query.js';
import { readTopic } from './topic-read.js';
import { scoreQuote } from './topics.js';
import { MIN_TOPIC_COVERAGE } from './quotes.js';
import { runNow } from '../runtime/slices.js';

/** A bar chart shows at most this many bars; the rest are summed into one "others" bar. */
export const TOP_BARS = 15;
export const OTHERS = 'others';

/** The biggest `top` counts, biggest first (ties by label), and the rest summed as "others". */
export function topWithOthers(counts: ReadonlyMap<string, number>, top = TOP_BARS): ChartRow[] {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rows = sorted.slice(0, top).map(([label, count]) => ({ label, count }));
  const rest = sorted.slice(top).reduce((sum, [, n]) => sum + n, 0);
  return rest > 0 ? [...rows, { label: OTHERS, count: rest }] : rows;
}

/** A topic read once: which quotations (or any text with a passage) are on it, and where to look for them. */
export interface TopicFilter {
  /** On the topic as /quote judges it: the same reading of the topic, the same share it must cover. */
  test: (record: Pick<QuoteRecord, 'text' | 'passage'>) => boolean;
  /**
   * Every quotation that could pass `test`: those holding a word of the topic (or a word standing
   * for one) in the quotation or its passage, found through the word table; counts must not stop
   * at a search's cut-off, and need not read quotations that share no word with the topic.
   */
  pool: () => readonly QuoteRecord[];
  /** Every word that may stand for the topic: text holding none of them cannot be on it. */
  words: ReadonlySet<string>;
}

export function topicFilter(index: CoverageIndex, text: string): TopicFilter | null {
  const terms = index.search.topicTerms;
  const topic = readTopic(text, terms, personWords(index));
  if (topic.words.length === 0) return null;
  const test = (record: Pick<QuoteRecord, 'text' | 'passage'>): boolean => scoreQuote(topic, record).firm >= MIN_TOPIC_COVERAGE;
  const all = index.extraction.quotes;
  // Loose forms (word-vector neighbours) never make a quotation count as on the topic here: they are left out of the pool too.
  const groups = topic.words.map((w) =>
    [...w.forms].filter(([form]) => !w.loose.has(form)).flatMap(([form, factor]) => tokenize(form).map((word) => ({ word, factor }))),
  );
  const words = new Set(groups.flatMap((g) => g.map((f) => f.word)));
  if (!terms) return { test, pool: () => all, words };
  return { test, pool: () => terms.candidates(groups, all.length, undefined, groups), words };
}

function personWords(index: CoverageIndex): Set<string> {
  const words = new Set<string>();
  for (const e of index.extraction.entities) if (e.kind === 'person') for (const w of tokenize(e.name)) words.add(w);
  return words;
}

/** Outlet names compare by their words: "the harbour gazette" finds "Harbour Gazette". */
export function outletKey(outlet: string): string {
  return tokenize(outlet.replace(/^the\s+/i, '')).join(' ');
}

type Filter =
  | { ok: true; keep: (q: QuoteRecord) => boolean; pool: () => readonly QuoteRecord[]; what: string }
  | { ok: false; message: string; suggestions?: string[] };

/** Every outlet named by an article of the index, in order of first appearance. */
function outletsOf(index: CoverageIndex): string[] {
  return [...new Set([...index.search.articles.values()].flatMap((a) => (a.outlet ? [a.outlet] : [])))];
}

/**
 * The quotations a topic and an outlet (each optional) select, with words saying which.
 * `outletNames`: the corpus's outlets when the index holds only part of it (a scoped replica's batch).
 */
export function quoteFilter(index: CoverageIndex, rawTopic: string, rawOutlet: string, outletNames?: readonly string[]): Filter {
  const parts: string[] = [];
  let topic: TopicFilter | null = null;
  if (rawTopic.trim()) {
    const t = cleanQuery(rawTopic, 'a topic');
    if (!t.ok) return t;
    topic = topicFilter(index, t.text);
    if (!topic) return { ok: false, message: `“${t.text}” has no word to search for. Try a more specific topic.` };
    parts.push(`on “${t.text}”`);
  }
  let inOutlet: ((q: QuoteRecord) => boolean) | null = null;
  if (rawOutlet.trim()) {
    const o = cleanQuery(rawOutlet, 'an outlet');
    if (!o.ok) return o;
    const key = outletKey(o.text);
    const outlets = outletNames ?? outletsOf(index);
    const match = outlets.find((name) => outletKey(name) === key);
    if (!match) {
      const near = outlets.filter((name) => outletKey(name).includes(key) || key.includes(outletKey(name)));
      return {
        ok: false,
        message: `No article in the coverage comes from an outlet called “${o.text}”.`,
        suggestions: (near.length ? near : outlets).slice(0, 3),
      };
    }
    inOutlet = (q) => index.search.articles.get(q.articleId)?.outlet === match;
    parts.push(`in ${match}`);
  }
  const onTopic = topic;
  const keep = (q: QuoteRecord): boolean => (!inOutlet || inOutlet(q)) && (!onTopic || onTopic.test(q));
  return { ok: true, keep, pool: onTopic ? onTopic.pool : () => index.extraction.quotes, what: parts.join(' ') };
}

/** /speakers [topic] [outlet]: who the coverage quotes most, with how many quotations each. */
export function shareOfVoice(index: CoverageIndex, rawTopic = '', rawOutlet = ''): Answer {
  return runNow(shareOfVoiceSteps(index, rawTopic, rawOutlet));
}

/** Records read between two points where a stepwise answer may pause (see runSliced). */
export const STEP = 64;

/** /speakers in steps that may pause: the Discord face runs it sliced, so other interactions keep their answers. */
export function* shareOfVoiceSteps(index: CoverageIndex, rawTopic = '', rawOutlet = ''): Generator<void, Answer> {
  const tally = yield* voiceTallySteps(index, rawTopic, rawOutlet);
  return 'command' in tally ? tally : voiceFinish(tally);
}

/**
 * What /speakers counts over the quotations a topic and an outlet select: per speaker name its
 * quotations and the articles they are in, and the quotations with no named speaker. Each figure
 * is a sum over articles, so tallies over disjoint sets of articles add up (mergeVoice) to the
 * tally over all of them: a scoped replica counts a large corpus batch by batch.
 */
export interface VoiceTally {
  query: string;
  what: string;
  counts: Map<string, number>;
  articles: Map<string, number>;
  unattributed: number;
}

/** One batch's /speakers counts, at once (the replica's workers count off the answering thread). */
export function voiceTally(index: CoverageIndex, rawTopic = '', rawOutlet = '', outletNames?: readonly string[]): VoiceTally | Answer {
  return runNow(voiceTallySteps(index, rawTopic, rawOutlet, outletNames));
}

/** /speakers' tally over the index (or, with `outletNames`, over a batch of a corpus with those outlets); an Answer when the question itself is refused. */
export function* voiceTallySteps(index: CoverageIndex, rawTopic = '', rawOutlet = '', outletNames?: readonly string[]): Generator<void, VoiceTally | Answer> {
  const query = [rawTopic.trim(), rawOutlet.trim() ? `(outlet: ${rawOutlet.trim()})` : ''].filter(Boolean).join(' ');
  const filter = quoteFilter(index, rawTopic, rawOutlet, outletNames);
  if (!filter.ok) return { command: 'speakers', query, found: false, message: filter.message, suggestions: filter.suggestions, results: [] };
  const counts = new Map<string, number>();
  const articles = new Map<string, Set<string>>();
  let unattributed = 0;
  let read = 0;
  for (const q of filter.pool()) {
    if (++read % STEP === 0) yield;
    if (!filter.keep(q)) continue;
    if (!q.speaker) {
      unattributed++;
      continue;
    }
    counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const seen = articles.get(q.speaker) ?? new Set<string>();
    seen.add(q.articleId);
    articles.set(q.speaker, seen);
  }
  return { query, what: filter.what, counts, articles: new Map([...articles].map(([name, ids]) => [name, ids.size])), unattributed };
}

/** Adds `part`, a tally over other articles than `into`'s, into `into`. */
export function mergeVoice(into: VoiceTally, part: VoiceTally): VoiceTally {
  for (const [name, n] of part.counts) into.counts.set(name, (into.counts.get(name) ?? 0) + n);
  for (const [name, n] of part.articles) into.articles.set(name, (into.articles.get(name) ?? 0) + n);
  into.unattributed += part.unattributed;
  return into;
}

/** The /speakers answer from a tally. */
export function voiceFinish(t: VoiceTally): Answer {
  return voiceAnswer(t.query, t.what, t.counts, (speaker) => t.articles.get(speaker) ?? 0, t.unattributed);
}

/**
 * The /speakers answer from its counts: quotations per speaker name, articles per speaker, and
 * quotations with no named speaker (`what`: which quotations were counted, in words).
 */
export function voiceAnswer(
  query: string,
  what: string,
  counts: ReadonlyMap<string, number>,
  articlesOf: (speaker: string) => number,
  unattributed: number,
): Answer {
  const scope = what ? ` ${what}` : '';
  if (counts.size === 0) {
    const why = unattributed ? ` (${unattributed} quotation${unattributed === 1 ? '' : 's'} with no named speaker)` : '';
    return { command: 'speakers', query, found: false, message: `No named speaker is quoted${scope || ' in the coverage'}${why}.`, results: [] };
  }
  const rows = topWithOthers(counts);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const notes = [`${total} attributed quotation${total === 1 ? '' : 's'} by ${counts.size} speaker${counts.size === 1 ? '' : 's'}${scope}.`];
  if (unattributed)
    notes.push(`${unattributed} quotation${unattributed === 1 ? ' has' : 's have'} no named speaker and ${unattributed === 1 ? 'is' : 'are'} not counted.`);
  const lead = rows[0];
  return {
    command: 'speakers',
    query,
    found: true,
    answer: `Most quoted${scope}: ${lead.label} (${lead.count} quotation${lead.count === 1 ? '' : 's'} in ${articlesOf(lead.label)} article${articlesOf(lead.label) === 1 ? '' : 's'})`,
    message: notes.join(' '),
    chart: { kind: 'bars', title: `Most quoted speakers${scope}`, measure: 'quotations', rows },
    results: [],
  };
}
