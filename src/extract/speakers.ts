import type { Extraction } from '../model/records.js';
import type { ArticleExtraction } from './index.js';

/** STUB (owned by the quote-attribution work): corpus-wide entity linking. */
export function mergeEntities(parts: ArticleExtraction[]): Extraction {
  return {
    quotes: parts.flatMap((p) => p.quotes),
    facts: parts.flatMap((p) => p.facts),
    entities: parts.flatMap((p) => p.entities),
  };
}
