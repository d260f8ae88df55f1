import Fuse from 'fuse.js';
import type { Article } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';

export interface Hit<T> {
  record: T;
  /** 0..1, higher is better. */
  score: number;
}

export interface QuoteQuery {
  /** Words the user typed: a fragment of a quotation (whosaid) or a topic (quote). */
  text: string;
  /** 'phrase' scores the query as one contiguous string; 'topic' as loose keywords. */
  mode: 'phrase' | 'topic';
  speakerId?: string;
  limit?: number;
}

/**
 * Read-only search over one built index. v1: fuse.js over every record (the benchmark issue
 * replaces the scan with an inverted index that narrows candidates first; the API stays).
 */
export class CoverageSearch {
  private readonly quotePhrase: Fuse<QuoteRecord>;
  private readonly factFuse: Fuse<FactRecord>;
  private readonly speakerFuse: Fuse<Entity>;

  constructor(
    readonly articles: ReadonlyMap<string, Article>,
    readonly quotes: readonly QuoteRecord[],
    readonly facts: readonly FactRecord[],
    readonly entities: readonly Entity[],
  ) {
    this.quotePhrase = new Fuse(quotes, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
    this.factFuse = new Fuse(facts, {
      keys: ['statement', 'terms'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      useExtendedSearch: true,
      threshold: 0.3,
    });
    this.speakerFuse = new Fuse(entities, {
      keys: ['name', 'aliases'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
    });
  }

  findQuotes(q: QuoteQuery): Hit<QuoteRecord>[] {
    const limit = q.limit ?? 10;
    const pool = q.speakerId ? this.quotes.filter((r) => r.speakerId === q.speakerId) : this.quotes;
    if (!q.text.trim()) return pool.slice(0, limit).map((record) => ({ record, score: 1 }));
    const fuse = q.speakerId ? new Fuse(pool, this.quotePhrase.options) : this.quotePhrase;
    const pattern = q.mode === 'topic' ? topicPattern(q.text) : q.text;
    const opts = q.mode === 'topic' ? { ...fuse.options, useExtendedSearch: true } : fuse.options;
    const engine = q.mode === 'topic' ? new Fuse(pool as QuoteRecord[], opts) : fuse;
    return engine
      .search(pattern, { limit })
      .map((r) => ({ record: r.item, score: 1 - (r.score ?? 1) }));
  }

  findFacts(terms: string[], limit = 20): Hit<FactRecord>[] {
    if (terms.length === 0) return [];
    return this.factFuse
      .search({ $or: terms.flatMap((t): Array<Record<string, string>> => [{ statement: `'${t}` }, { terms: `=${t}` }]) }, { limit })
      .map((r) => ({ record: r.item, score: 1 - (r.score ?? 1) }));
  }

  findSpeakers(text: string, limit = 25): Hit<Entity>[] {
    if (!text.trim()) return this.entities.slice(0, limit).map((record) => ({ record, score: 1 }));
    return this.speakerFuse.search(text, { limit }).map((r) => ({ record: r.item, score: 1 - (r.score ?? 1) }));
  }
}

/** Extended-search pattern: every keyword of 3+ letters must fuzzily appear, in any order. */
function topicPattern(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? [];
  return words.join(' ');
}
