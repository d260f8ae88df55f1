import type { Article, Span } from '../model/article.js';
import type { SourceRef } from '../model/answer.js';

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
  const phrase = phraseHighlight(passage, query);
  if (phrase) return [phrase];
  const words = new Set((query.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
  const out: Array<{ start: number; end: number }> = [];
  for (const m of passage.matchAll(/[\p{L}\p{N}']+/gu)) {
    if (words.has(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const STOP = new Set(['the', 'and', 'for', 'that', 'this', 'with', 'who', 'what', 'when', 'where', 'how', 'did', 'does', 'was', 'were', 'are', 'from', 'about']);

/** The fragment as one span, matching words in order with any punctuation or spacing between. */
function phraseHighlight(passage: string, query: string): { start: number; end: number } | null {
  const words = query.replace(/\u2019/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length < 2) return null;
  // Users type straight apostrophes; articles often carry curly ones.
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]"));
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[^\\p{L}\\p{N}']+")}(?![\\p{L}\\p{N}])`, 'iu').exec(passage);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
