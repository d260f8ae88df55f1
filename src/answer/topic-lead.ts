import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import type { WordGroup } from '../search/search.js';
import { TermIndex } from '../search/candidates.js';
import { tokenize } from '../search/tokens.js';

/**
 * The sentence before a quotation's passage. News often states what a quotation is about just
 * before it ("The county restored the vote to 9,000 former prisoners. \"This is a good day,\"
 * she said."), so a topic may be covered there when neither the quotation nor its passage
 * words it.
 */

/** How far back the sentence before a passage is looked for. */
const REACH = 400;

const leads = new WeakMap<QuoteRecord, string>();

/**
 * The last sentence of the article before a quotation's passage; empty at the article's start,
 * and when that sentence holds a quotation: then it is someone's words, found on their own, not
 * what this one is about.
 */
export function sentenceBefore(index: CoverageIndex, record: QuoteRecord): string {
  const known = leads.get(record);
  if (known !== undefined) return known;
  const text = index.search.articles.get(record.articleId)?.text ?? '';
  const from = Math.max(0, record.passage.start - REACH);
  const before = text.slice(from, record.passage.start).trimEnd();
  // A sentence ends at its stop, or at a line break (a heading, a paragraph without a stop).
  const sentences = before.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])|\n\s*/);
  const last = sentences[sentences.length - 1] ?? '';
  const start = from + before.length - last.length;
  const quoted = quotesOf(index, record.articleId).some((q) => q.end > start && q.start < record.passage.start);
  const lead = quoted ? '' : last;
  leads.set(record, lead);
  return lead;
}

const byArticle = new WeakMap<CoverageIndex, Map<string, QuoteRecord[]>>();

function quotesOf(index: CoverageIndex, articleId: string): readonly QuoteRecord[] {
  let map = byArticle.get(index);
  if (!map) {
    map = new Map();
    for (const q of index.search.quotes) map.set(q.articleId, [...(map.get(q.articleId) ?? []), q]);
    byArticle.set(index, map);
  }
  return map.get(articleId) ?? [];
}

const tables = new WeakMap<CoverageIndex, TermIndex>();

/**
 * `pool` and the quotations whose sentence before holds the topic's words (`groups`, as the word
 * tables take them), in record order: those no word of the quotation or its passage proposes.
 * The table is built on the first topic search, like the passages', so neither a start nor a
 * reindex pays for it before one is asked.
 */
export function withLeadCandidates(
  index: CoverageIndex,
  pool: readonly QuoteRecord[],
  groups: readonly WordGroup[],
  limit: number,
  speakerIds?: readonly string[],
): readonly QuoteRecord[] {
  if (groups.length === 0) return pool;
  const quotes = index.search.quotes;
  let table = tables.get(index);
  if (!table) {
    table = TermIndex.of(quotes.length, (i) => tokenize(sentenceBefore(index, quotes[i])));
    tables.set(index, table);
  }
  const wanted = speakerIds && new Set(speakerIds);
  const accept = wanted ? (doc: number): boolean => wanted.has(quotes[doc].speakerId ?? '') : undefined;
  const have = new Set(pool);
  const extra = table.groupCandidates(groups, limit, accept).filter((c) => !have.has(quotes[c.doc]));
  if (extra.length === 0) return pool;
  const order = recordOrder(index);
  return [...pool, ...extra.map((c) => quotes[c.doc])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
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
