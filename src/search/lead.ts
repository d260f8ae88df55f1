import type { QuoteRecord } from '../model/records.js';

/**
 * The sentence before a quotation's passage, which a topic search finds a quotation by beside its
 * own and its passage's words (src/answer/topic-lead.ts). Here, so that the index and the store,
 * which keeps it per quotation when the quotation is written (migration 009), read it alike.
 */

/** How far back the sentence before a passage is looked for. */
const REACH = 400;

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']']);

/**
 * The last sentence of `text` before a quotation's passage; empty at the article's start, and
 * when that sentence holds one of the article's quotations (`quoted`): then it is someone's
 * words, found on their own, not what this one is about. `abbreviations`: words whose full stop
 * ends no sentence ("Gov.").
 */
export function leadIn(
  text: string,
  record: Pick<QuoteRecord, 'passage'>,
  quoted: readonly Pick<QuoteRecord, 'start' | 'end'>[],
  abbreviations: ReadonlySet<string>,
): string {
  const { start, end } = sentenceSpanBefore(text, record.passage.start, abbreviations);
  return quoted.some((q) => q.end > start && q.start < end) ? '' : text.slice(start, end);
}

/** Where the sentence before offset `at` (trailing white space left out) starts and ends in `text`. */
export function sentenceSpanBefore(text: string, at: number, abbreviations: ReadonlySet<string>): { start: number; end: number } {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return { start: lastSentenceStart(text, end, abbreviations), end };
}

/** Where the sentence ending at `end` starts: after the last full stop that ends a sentence ("Gov." and "J." do not), within its line and REACH. */
function lastSentenceStart(text: string, end: number, abbreviations: ReadonlySet<string>): number {
  const floor = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - REACH);
  for (let k = end - 2; k >= floor; k--) {
    if (!'.!?'.includes(text[k])) continue;
    let j = k + 1;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j >= end || !/\s/.test(text[j])) continue;
    while (j < end && /\s/.test(text[j])) j++;
    if (/\p{Ll}/u.test(text[j] ?? '')) continue;
    const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, k - 32), k))?.[0] ?? '';
    if (text[k] === '.' && (/^\p{Lu}$/u.test(word) || abbreviations.has(word.toLowerCase().replace(/\./g, '')))) continue;
    return j;
  }
  return floor;
}
