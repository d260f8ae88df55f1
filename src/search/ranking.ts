import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';

export interface Hit<T> {
  record: T;
  /** 0..1, higher is better. */
  score: number;
}

export type QuoteMode = 'phrase' | 'topic';

/**
 * The one place fuse.js is configured. The full scan and the candidate path both rank through
 * these functions, so a record scores the same whichever path found it and the answer
 * thresholds (MIN_WHOSAID_SCORE …) mean the same thing on both.
 */
export const QUOTE_OPTIONS: IFuseOptions<QuoteRecord> = {
  keys: ['text'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

export const TOPIC_OPTIONS: IFuseOptions<QuoteRecord> = { ...QUOTE_OPTIONS, useExtendedSearch: true };

export const FACT_OPTIONS: IFuseOptions<FactRecord> = {
  keys: ['statement', 'terms'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  useExtendedSearch: true,
  threshold: 0.3,
};

export const SPEAKER_OPTIONS: IFuseOptions<Entity> = {
  keys: ['name', 'aliases'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
};

export function quoteFuse(records: readonly QuoteRecord[], mode: QuoteMode): Fuse<QuoteRecord> {
  return new Fuse(records, mode === 'topic' ? TOPIC_OPTIONS : QUOTE_OPTIONS);
}

/** Ranks quotations; `fuse` must hold exactly the records to consider. */
export function rankQuotes(fuse: Fuse<QuoteRecord>, text: string, mode: QuoteMode, limit: number): Hit<QuoteRecord>[] {
  const pattern = mode === 'topic' ? topicPattern(text) : text;
  return toHits(fuse.search(pattern, { limit }));
}

export function rankFacts(fuse: Fuse<FactRecord>, terms: string[], limit: number): Hit<FactRecord>[] {
  if (terms.length === 0) return [];
  const query = { $or: terms.flatMap((t): Array<Record<string, string>> => [{ statement: `'${t}` }, { terms: `=${t}` }]) };
  return toHits(fuse.search(query, { limit }));
}

/**
 * What rankFacts returns, computed directly: fuse.js scores an exact or included match 0, so a
 * fact's score is EPSILON^(weight × matched term-and-key pairs), ties in record order. Building a fuse.js
 * index per query was most of /ask's time. Null when a term has spaces or '|', which fuse.js's
 * extended syntax would split: the caller then uses rankFacts.
 */
const FACT_KEY_WEIGHT = 1 / (FACT_OPTIONS.keys?.length ?? 1);

export function rankFactsDirect(facts: readonly FactRecord[], terms: string[], limit: number): Hit<FactRecord>[] | null {
  if (terms.length === 0) return [];
  if (terms.some((t) => t.trim() === '' || /[\s|]/.test(t))) return null;
  const patterns = terms.map((t) => t.toLowerCase());
  const scored: Array<{ record: FactRecord; score: number; at: number }> = [];
  facts.forEach((record, at) => {
    const statement = record.statement.toLowerCase();
    const own = record.terms.map((t) => t.toLowerCase());
    let pairs = 0;
    for (const p of patterns) pairs += (statement.includes(p) ? 1 : 0) + own.filter((t) => t === p).length;
    // fuse.js normalises the two keys' weights to 0.5 each and raises EPSILON to the weight.
    if (pairs > 0) scored.push({ record, score: Number.EPSILON ** (pairs * FACT_KEY_WEIGHT), at });
  });
  scored.sort((x, y) => x.score - y.score || x.at - y.at);
  return scored.slice(0, limit).map(({ record, score }) => ({ record, score: 1 - score }));
}

export function rankSpeakers(fuse: Fuse<Entity>, text: string, limit: number): Hit<Entity>[] {
  return toHits(fuse.search(text, { limit }));
}

function toHits<T>(results: Array<{ item: T; score?: number }>): Hit<T>[] {
  return results.map((r) => ({ record: r.item, score: 1 - (r.score ?? 1) }));
}

/** Extended-search pattern: every keyword of 3+ letters must fuzzily appear, in any order. */
export function topicPattern(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? [];
  return words.join(' ');
}
