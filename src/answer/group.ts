import type { QuoteRecord } from '../model/records.js';
import type { Hit } from '../search/search.js';

/** Letters and digits only, lower case: how two articles' copies of one quotation compare. */
export function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface QuoteGroup {
  best: Hit<QuoteRecord>;
  others: QuoteRecord[];
}

/**
 * Folds copies of one quotation carried by several articles into one group (the best-scoring
 * copy first). Copies match when one's words contain the other's, or both carry the words the
 * user searched for and come from the same speaker.
 */
export function groupQuotes(hits: Hit<QuoteRecord>[], queryKey = ''): QuoteGroup[] {
  const groups: Array<QuoteGroup & { keys: string[] }> = [];
  for (const hit of hits) {
    const key = quoteKey(hit.record.text);
    const group = groups.find((g) => g.keys.some((k) => sameQuotation(k, key, queryKey, g.best.record, hit.record)));
    if (!group) groups.push({ best: hit, others: [], keys: [key] });
    else if (group.best.record.articleId !== hit.record.articleId && !group.others.some((o) => o.articleId === hit.record.articleId)) {
      group.others.push(hit.record);
      group.keys.push(key);
    }
  }
  return groups.map(({ best, others }) => ({ best, others }));
}

function sameQuotation(a: string, b: string, queryKey: string, ra: QuoteRecord, rb: QuoteRecord): boolean {
  if (a.length >= 12 && b.length >= 12 && (a.includes(b) || b.includes(a))) return true;
  return queryKey.length >= 12 && a.includes(queryKey) && b.includes(queryKey) && ra.speakerId === rb.speakerId;
}
