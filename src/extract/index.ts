import type { Article, Span } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import { extractQuotes } from './quotes.js';
import { extractFacts } from './facts.js';
import { parseSentences } from '../nlp/parse.js';
import { withLfBreaks } from '../corpus/lines.js';
import { withDoubledApostrophesAsMarks } from '../corpus/quote-marks.js';

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
  // The rules read one kind of line break and the usual quotation marks; the records cite the
  // file's own characters.
  const view = withDoubledApostrophesAsMarks(withLfBreaks(article.text));
  const extraction = extractFrom(view === article.text ? article : { ...article, text: view });
  return view === article.text ? extraction : citeFileText(extraction, view, article.text);
}

function extractFrom(article: Article): ArticleExtraction {
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

/**
 * Every span copied from the view takes its text back from the file: same offsets, only `\r` where
 * the view has a space or `\n`, and `''` where it has a curly mark and a space. Statements and other
 * derived strings are left alone.
 */
function citeFileText(extraction: ArticleExtraction, view: string, text: string): ArticleExtraction {
  const cite = <T>(value: T): T => {
    if (Array.isArray(value)) return value.map(cite) as T;
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = key === 'passage' ? withWholeMarks(cite(v), text) : cite(v);
    if (isViewSpan(out, view)) out.text = text.slice(out.start, out.end);
    return out as T;
  };
  return { ...extraction, quotes: cite(extraction.quotes), facts: cite(extraction.facts) };
}

/**
 * The view holds a doubled apostrophe as a mark and a space, so a passage trimmed in the view can
 * start on the second apostrophe of an opening pair or stop after the first of a closing one; a
 * cited passage shows both.
 */
function withWholeMarks<T>(passage: T, text: string): T {
  if (!passage || typeof passage !== 'object') return passage;
  const span = passage as Partial<Span>;
  if (typeof span.start !== 'number' || typeof span.end !== 'number') return passage;
  const start = span.start > 0 && text.startsWith("''", span.start - 1) ? span.start - 1 : span.start;
  const end = text.startsWith("''", span.end - 1) ? span.end + 1 : span.end;
  return start === span.start && end === span.end ? passage : ({ ...passage, start, end, text: text.slice(start, end) } as T);
}

function isViewSpan(o: Record<string, unknown>, view: string): o is Record<string, unknown> & Span {
  return typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && view.slice(o.start, o.end) === o.text;
}

/** A cited passage starts and ends on text, whatever whitespace the sentence splitter kept. */
export function trimSpan(span: Span): Span {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return text.length === span.text.length ? span : { text, start: span.start + lead, end: span.start + lead + text.length };
}
