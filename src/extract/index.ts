import type { Article, Span } from '../model/article.js';
import type { Entity, Extraction, FactRecord, QuoteRecord } from '../model/records.js';
import { extractQuotes } from './quotes.js';
import { extractFacts } from './facts.js';
import { parseSentences } from '../nlp/parse.js';

/**
 * What one article yields on its own. Entities here are article-local; `mergeEntities` (src/link)
 * links them across the corpus. Kept per article so reindex can redo only changed files
 * (and in worker threads: it is plain, structured-cloneable data).
 */
export interface ArticleExtraction {
  articleId: string;
  hash: string;
  quotes: QuoteRecord[];
  facts: FactRecord[];
  entities: Entity[];
}

export function extractArticle(article: Article): ArticleExtraction {
  // compromise's tagger is most of the cost: parse each article once and share the sentences.
  const sentences = parseSentences(article.text);
  const { quotes, entities } = extractQuotes(article, sentences);
  const facts = extractFacts(article, sentences, entities);
  return {
    articleId: article.id,
    hash: article.hash,
    quotes: quotes.map((q) => ({ ...q, passage: trimSpan(q.passage) })),
    facts: facts.map((f) => ({ ...f, passage: trimSpan(f.passage) })),
    entities,
  };
}

/** A cited passage starts and ends on text, whatever whitespace the sentence splitter kept. */
export function trimSpan(span: Span): Span {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return text.length === span.text.length ? span : { text, start: span.start + lead, end: span.start + lead + text.length };
}
