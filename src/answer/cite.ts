import type { Article, Span } from '../model/article.js';
import type { SourceRef } from '../model/answer.js';
import { HIGHLIGHT_STOP } from './lexicon.js';

export function sourceRef(article: Article | undefined, id: string): SourceRef {
  return { id, title: article?.title ?? id, date: article?.date ?? null, outlet: article?.outlet ?? null };
}

/** Where `inner` (absolute offsets) sits inside `passage`, as offsets relative to the passage. */
export function relativeHighlight(passage: Span, inner: { start: number; end: number }): { start: number; end: number } | null {
  const start = Math.max(inner.start, passage.start) - passage.start;
  const end = Math.min(inner.end, passage.end) - passage.start;
  return end > start ? { start, end } : null;
}

/**
 * Marks what the user searched for: the whole fragment when the passage carries it verbatim
 * (ignoring case, punctuation and spacing), else each query word of 3+ letters.
 */
export function wordHighlights(passage: string, query: string): Array<{ start: number; end: number }> {
  const q = compiled(query);
  const m = q.phrase?.exec(passage);
  if (m) return [{ start: m.index, end: m.index + m[0].length }];
  const out: Array<{ start: number; end: number }> = [];
  if (!q.words.size) return out;
  for (const w of passage.matchAll(/[\p{L}\p{N}']+/gu)) {
    if (q.words.has(w[0].toLowerCase())) out.push({ start: w.index, end: w.index + w[0].length });
  }
  return out;
}

interface CompiledQuery {
  query: string;
  /** The fragment as one pattern, matching words in order with any punctuation or spacing between. */
  phrase: RegExp | null;
  words: Set<string>;
}

/**
 * One answer highlights many results for the same query: the pattern (a Unicode, case-blind
 * RegExp, costly to build) is made once per query, not once per result. No global flag, so
 * the RegExp holds no state between uses.
 */
let last: CompiledQuery | null = null;

function compiled(query: string): CompiledQuery {
  if (last?.query === query) return last;
  last = {
    query,
    phrase: phrasePattern(query),
    words: new Set((query.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? []).filter((w) => !HIGHLIGHT_STOP.has(w))),
  };
  return last;
}

function phrasePattern(query: string): RegExp | null {
  const words = query.replace(/\u2019/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length < 2) return null;
  // Users type straight apostrophes; articles often carry curly ones.
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[^\\p{L}\\p{N}']+")}(?![\\p{L}\\p{N}])`, 'iu');
}
