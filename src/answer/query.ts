/** Longest query we search for; Discord allows 6000 characters but no quotation needs that. */
export const MAX_QUERY_CHARS = 300;

export type CleanQuery = { ok: true; text: string; truncated: boolean } | { ok: false; message: string };

/**
 * Makes user input safe to search: Unicode-normalised, control/zero-width/bidi characters and
 * lone surrogates removed, mentions and markdown reduced to their words, whitespace collapsed.
 */
export function cleanQuery(raw: string, what = 'a few words'): CleanQuery {
  const text = raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFKC')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/@(everyone|here)\b/gi, '$1')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/[`*_~|>#]+/g, ' ')
    .replace(/\p{M}+/gu, (m) => (m.length > 2 ? '' : m))
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { ok: false, message: `Please type ${what} to search for (letters or numbers).` };
  }
  if (text.length <= MAX_QUERY_CHARS) return { ok: true, text, truncated: false };
  return { ok: true, text: text.slice(0, MAX_QUERY_CHARS).replace(/\s+\S*$/, ''), truncated: true };
}
