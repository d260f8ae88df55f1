import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import type { WordGroup } from '../search/search.js';
import { leadIn, sentenceSpanBefore } from '../search/lead.js';
import { tokenize } from '../search/tokens.js';
import { ABBREVIATIONS } from '../extract/lexicon.js';
import { pushTo } from '../model/multimap.js';

/**
 * The sentence before a quotation's passage. News often states what a quotation is about just
 * before it ("The county restored the vote to 9,000 former prisoners. \"This is a good day,\"
 * she said."), so a topic may be covered there when neither the quotation nor its passage
 * words it.
 */

const leads = new WeakMap<QuoteRecord, string>();

/**
 * The last sentence of the article before a quotation's passage; empty at the article's start,
 * and when that sentence holds a quotation: then it is someone's words, found on their own, not
 * what this one is about (src/search/lead.ts, which the store keeps per quotation too).
 */
export function sentenceBefore(index: CoverageIndex, record: QuoteRecord): string {
  const known = leads.get(record);
  if (known !== undefined) return known;
  const lead = leadIn(index.search.articles.get(record.articleId)?.text ?? '', record, quotesOf(index, record.articleId), ABBREVIATIONS);
  leads.set(record, lead);
  return lead;
}

/**
 * The sentence before a quotation's passage with the words of every quotation in it left out,
 * where sentenceBefore would give nothing: a name outside those quotation marks is who spoke
 * there ("Aide Dana Wu said the plan was \"a mess.\""), and a pronoun cue right after
 * (`"…," she said.`) most often goes on with that person.
 */
export function leadOutsideQuotes(index: CoverageIndex, record: QuoteRecord): string {
  const text = index.search.articles.get(record.articleId)?.text ?? '';
  const { start, end } = sentenceSpanBefore(text, record.passage.start, ABBREVIATIONS);
  let lead = text.slice(start, end);
  for (const q of quotesOf(index, record.articleId)) {
    if (q.end <= start || q.start >= end) continue;
    const from = Math.max(0, q.start - start);
    const to = Math.min(lead.length, q.end - start);
    lead = lead.slice(0, from) + ' '.repeat(to - from) + lead.slice(to);
  }
  return lead;
}

/**
 * The sentence before a quotation when it is surely the quotation's own lead-in: in the same
 * paragraph ("The mill closed and 300 workers lost their jobs. \"It broke this town,\" said …").
 * Empty otherwise: the last sentence of the paragraph before may end another story (a lead-in
 * there naming the quotation's speaker was tried too: it cost more than it found).
 */
export function ownLead(index: CoverageIndex, record: QuoteRecord): string {
  const lead = sentenceBefore(index, record);
  if (!lead) return '';
  const text = index.search.articles.get(record.articleId)?.text ?? '';
  return /\n\s*$/.test(text.slice(Math.max(0, record.passage.start - 8), record.passage.start)) ? '' : lead;
}

/** How many paragraphs either side of a quotation's own paragraph tell what it is about (see paragraphsAround). */
const AROUND_PARAGRAPHS = 2;
const surroundings = new WeakMap<QuoteRecord, string>();

/**
 * The paragraph holding a quotation and the AROUND_PARAGRAPHS paragraphs either side of it: the
 * setting a story gives a remark ("Asked whether a running mate was off the table, …" two
 * paragraphs up) when its passage and the sentence before do not name it.
 */
export function paragraphsAround(index: CoverageIndex, record: QuoteRecord): string {
  const known = surroundings.get(record);
  if (known !== undefined) return known;
  const article = index.search.articles.get(record.articleId);
  const paragraphs = article?.paragraphs ?? [];
  const own = paragraphs.findIndex((p) => p.start <= record.start && p.end >= record.start);
  let text = '';
  if (article && own >= 0) {
    const start = paragraphs[Math.max(0, own - AROUND_PARAGRAPHS)].start;
    const end = paragraphs[Math.min(paragraphs.length, own + AROUND_PARAGRAPHS + 1) - 1].end;
    text = withoutQuotations(index, record.articleId, article.text, start, end);
  }
  surroundings.set(record, text);
  return text;
}

/**
 * A quotation's passage with the words of every quotation in it blanked out (its own and any other
 * the passage holds): what the story says there in its own voice, where it names who spoke. A name
 * inside quoted words is someone talked about.
 */
export function passageOutsideQuotes(index: CoverageIndex, record: QuoteRecord): string {
  const text = index.search.articles.get(record.articleId)?.text;
  if (text === undefined) return '';
  return withoutQuotations(index, record.articleId, text, record.passage.start, record.passage.end);
}

/**
 * The article's text from `start` to `end` with every quotation in it blanked out: what the story
 * says there in its own voice. Someone's quoted words are found on their own, as the sentence
 * before leaves them out too.
 */
function withoutQuotations(index: CoverageIndex, articleId: string, text: string, start: number, end: number): string {
  let span = text.slice(start, end);
  for (const q of quotesOf(index, articleId)) {
    if (q.end <= start || q.start >= end) continue;
    const from = Math.max(0, q.start - start);
    const to = Math.min(span.length, q.end - start);
    span = span.slice(0, from) + ' '.repeat(to - from) + span.slice(to);
  }
  return span;
}

const byArticle = new WeakMap<CoverageIndex, Map<string, QuoteRecord[]>>();

/** Every quotation of an article, in record order (grouped once per index). */
export function quotesOf(index: CoverageIndex, articleId: string): readonly QuoteRecord[] {
  let map = byArticle.get(index);
  if (!map) {
    map = new Map();
    for (const q of index.search.quotes) {
      pushTo(map, q.articleId, q);
    }
    byArticle.set(index, map);
  }
  return map.get(articleId) ?? [];
}

/**
 * `pool` and the quotations whose sentence before holds the topic's words (`groups`, as the word
 * tables take them), in record order: those no word of the quotation or its passage proposes.
 * The search keeps the table (TopicTerms.leadCandidates), weighing its words as the other word
 * tables do; without word tables every quotation is in `pool` already.
 */
export function withLeadCandidates(
  index: CoverageIndex,
  pool: readonly QuoteRecord[],
  groups: readonly WordGroup[],
  limit: number,
  speakerIds?: readonly string[],
): readonly QuoteRecord[] {
  const terms = index.search.topicTerms;
  if (groups.length === 0 || !terms) return pool;
  const have = new Set(pool);
  const extra = terms.leadCandidates(groups, limit, (q) => tokenize(sentenceBefore(index, q)), speakerIds).filter((q) => !have.has(q));
  if (extra.length === 0) return pool;
  const order = recordOrder(index);
  return [...pool, ...extra].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const orders = new WeakMap<CoverageIndex, Map<QuoteRecord, number>>();

function recordOrder(index: CoverageIndex): Map<QuoteRecord, number> {
  let order = orders.get(index);
  if (!order) {
    order = new Map(index.search.quotes.map((q, i) => [q, i]));
    orders.set(index, order);
  }
  return order;
}
