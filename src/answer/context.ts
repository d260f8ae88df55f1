import type { AnswerResult } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import type { Span } from '../model/article.js';
import { relativeHighlight, sourceRef } from './cite.js';

/**
 * The paragraph(s) around a quote or fact, for a "Show context" request. The record's own
 * passage is the highlight. Null when the record is not in this index (e.g. after a reindex).
 */
export function context(index: CoverageIndex, recordId: string): AnswerResult | null {
  const record = index.extraction.quotes.find((q) => q.id === recordId) ?? index.facts.all().find((f) => f.id === recordId);
  if (!record) return null;
  const article = index.search.articles.get(record.articleId);
  if (!article) return null;
  const passage = surrounding(article.text, article.paragraphs, record.passage);
  const mark = relativeHighlight(passage, record.passage);
  return {
    kind: 'speaker' in record ? 'quote' : 'fact',
    text: 'statement' in record ? record.statement : record.text,
    speaker: 'speaker' in record ? record.speaker : null,
    source: sourceRef(article, article.id),
    passage,
    highlights: mark ? [mark] : [],
    score: 1,
    alsoIn: [],
    recordId,
  };
}

/** The paragraphs overlapping `inner`; the passage itself when paragraphs are unknown. */
function surrounding(text: string, paragraphs: Span[], inner: Span): Span {
  const hit = paragraphs.filter((p) => p.end > inner.start && p.start < inner.end);
  if (hit.length === 0) return inner;
  const start = Math.min(hit[0].start, inner.start);
  const end = Math.max(hit[hit.length - 1].end, inner.end);
  return { text: text.slice(start, end), start, end };
}
