import Fuse from 'fuse.js';
import type { Article } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import { FACT_OPTIONS, SPEAKER_OPTIONS, quoteFuse, rankFacts, rankQuotes, rankSpeakers, type Hit } from './ranking.js';
import { factList, type FactSource, type QuoteQuery, type SearchEngine } from './search.js';

/**
 * Plain fuse.js over every record: the v1 search, kept as the benchmark's baseline and as the
 * reference the candidate path is tested against. Too slow past a few hundred articles.
 */
export class ScanSearch implements SearchEngine {
  private readonly phrase: Fuse<QuoteRecord>;
  private readonly topic: Fuse<QuoteRecord>;
  private readonly factFuse: Fuse<FactRecord>;
  private readonly speakerFuse: Fuse<Entity>;
  readonly facts: FactSource;

  constructor(
    readonly articles: ReadonlyMap<string, Article>,
    readonly quotes: readonly QuoteRecord[],
    facts: readonly FactRecord[],
    readonly entities: readonly Entity[],
  ) {
    this.facts = factList(facts);
    this.phrase = quoteFuse(quotes, 'phrase');
    this.topic = quoteFuse(quotes, 'topic');
    this.factFuse = new Fuse(facts, FACT_OPTIONS);
    this.speakerFuse = new Fuse(entities, SPEAKER_OPTIONS);
  }

  /** Nothing worth saving: fuse.js's own index is rebuilt from the records. */
  save(): null {
    return null;
  }

  findQuotes(q: QuoteQuery): Hit<QuoteRecord>[] {
    const limit = q.limit ?? 10;
    const pool = q.speakerId ? this.quotes.filter((r) => r.speakerId === q.speakerId) : this.quotes;
    if (!q.text.trim()) return pool.slice(0, limit).map((record) => ({ record, score: 1 }));
    const fuse = q.speakerId ? quoteFuse(pool, q.mode) : q.mode === 'topic' ? this.topic : this.phrase;
    return rankQuotes(fuse, q.text, q.mode, limit);
  }

  findFacts(terms: string[], limit = 20): Hit<FactRecord>[] {
    return rankFacts(this.factFuse, terms, limit);
  }

  findSpeakers(text: string, limit = 25): Hit<Entity>[] {
    if (!text.trim()) return this.entities.slice(0, limit).map((record) => ({ record, score: 1 }));
    return rankSpeakers(this.speakerFuse, text, limit);
  }
}
