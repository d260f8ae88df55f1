import type { Article } from '../model/article.js';
import type { Entity, QuoteRecord } from '../model/records.js';

/** STUB (owned by the quote-attribution work): quotations and the article's speakers. */
export function extractQuotes(article: Article): { quotes: QuoteRecord[]; entities: Entity[] } {
  void article;
  return { quotes: [], entities: [] };
}
