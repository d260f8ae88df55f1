import type { Article } from '../model/article.js';
import type { Sentence } from '../nlp/parse.js';
import type { Entity, QuoteRecord } from '../model/records.js';

/** STUB (owned by the quote-attribution work): quotations and the article's speakers. */
export function extractQuotes(article: Article, sentences: Sentence[]): { quotes: QuoteRecord[]; entities: Entity[] } {
  void article;
  void sentences;
  return { quotes: [], entities: [] };
}
