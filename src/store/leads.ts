import type { QuoteRecord } from '../model/records.js';
import { ABBREVIATIONS } from '../extract/lexicon.js';
import { leadIn } from '../search/lead.js';

/**
 * The sentence before each of an article's quotations (migration 009), from the text its records
 * cite: what /quote finds a quotation by beside its own and its passage's words. Every quotation
 * of the article is passed, since a sentence holding one of them is no lead.
 */
export function quoteLeads(text: string, quotes: readonly QuoteRecord[]): string[] {
  return quotes.map((q) => leadIn(text, q, quotes, ABBREVIATIONS));
}
