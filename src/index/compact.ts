import type { Span } from '../model/article.js';
import type { FactRecord, QuoteRecord, TypedValue } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';

/**
 * How an article's records are stored in the snapshot. Most of their text repeats the article:
 * quotations, passages, cues, values, statements. A span whose text is the article's own
 * characters is stored with `text: null` and takes them back on load; so are a statement that is its
 * passage, the article id every record repeats and record ids that follow the extractors' pattern.
 * The file is about half the size and parses in about half the time, and the restored strings
 * share the article's memory. Only exact copies are replaced, and only in the fields named here:
 * anything else is stored as it is, so a new field can never be lost.
 */
export function compactPart(part: ArticleExtraction, text: string): unknown {
  const { articleId } = part;
  return {
    ...part,
    quotes: part.quotes.map((q, i) => ({
      ...compactSpan(q, text),
      id: q.id === quoteId(articleId, i) ? null : q.id,
      articleId: q.articleId === articleId ? null : q.articleId,
      speakerMention: q.speakerMention && compactSpan(q.speakerMention, text),
      cue: q.cue && compactSpan(q.cue, text),
      passage: compactSpan(q.passage, text),
    })),
    facts: compactFacts(part.facts, articleId, text),
  };
}

/** An article's facts as compactPart stores them; the snapshot keeps them apart, parsed on first use. */
export function compactFacts(facts: readonly FactRecord[], articleId: string, text: string): unknown[] {
  return facts.map((f, i) => ({
    ...f,
    id: f.id === factId(articleId, i) ? null : f.id,
    articleId: f.articleId === articleId ? null : f.articleId,
    statement: f.statement === f.passage.text ? null : f.statement,
    passage: compactSpan(f.passage, text),
    values: f.values.map((v) => compactValue(v, text)),
  }));
}

/**
 * Undoes compactPart on a part read from a snapshot, in place. False when a stored span points
 * outside its article (damaged data): the caller then refuses the snapshot.
 */
export function expandPart(part: ArticleExtraction, text: string): boolean {
  return expandQuotes(part, text) && expandFacts(part.facts, part.articleId, text);
}

/** expandPart for the quotations only: the snapshot expands an article's facts when they are first read. */
export function expandQuotes(part: Omit<ArticleExtraction, 'facts'>, text: string): boolean {
  const { articleId } = part;
  const quotes = part.quotes as Compact<QuoteRecord>[];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.id === null) q.id = quoteId(articleId, i);
    if (q.articleId === null) q.articleId = articleId;
    if (!expandSpan(q, text) || !expandSpan(q.passage, text) || !expandSpan(q.cue, text) || !expandSpan(q.speakerMention, text)) return false;
  }
  return true;
}

/** Undoes compactFacts in place; false when a stored span points outside its article. */
export function expandFacts(list: readonly FactRecord[], articleId: string, text: string): boolean {
  const facts = list as Compact<FactRecord>[];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    if (f.id === null) f.id = factId(articleId, i);
    if (f.articleId === null) f.articleId = articleId;
    if (!expandSpan(f.passage, text) || !f.values.every((v) => expandValue(v, text))) return false;
    if (f.statement === null) f.statement = f.passage.text;
  }
  return true;
}

/**
 * A record as parsed from the snapshot, before expandPart: some strings are still null. Null, not
 * 0: V8 stores a field that held a small integer differently from one holding a string, and
 * putting the string back then costs a slow per-object migration (twice the load time).
 */
type Compact<T> = Omit<T, 'id' | 'articleId' | 'statement'> & { id: string | null; articleId: string | null; statement?: string | null };

/** Short spans are left alone: the offsets would take about as much room as the words. */
const MIN_COMPACT = 8;

function quoteId(articleId: string, i: number): string {
  return `${articleId}:q${i + 1}`;
}

function factId(articleId: string, i: number): string {
  return `${articleId}#f${i}`;
}

/**
 * Only a span that expandSpan will restore exactly loses its text: `slice` clamps, so a span
 * running past the end would match here and then be refused on load, making a snapshot the same
 * code wrote unreadable. Anything else keeps its text, whatever its offsets say.
 */
function compactSpan<T extends Span>(span: T, text: string): T | (Omit<T, 'text'> & { text: null }) {
  if (span.text.length < MIN_COMPACT || !restores(span, text)) return span;
  return { ...span, text: null };
}

function restores(span: Span, text: string): boolean {
  return inText(span, text) && span.end - span.start === span.text.length && text.startsWith(span.text, span.start);
}

function inText(span: Pick<Span, 'start' | 'end'>, text: string): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
}

function compactValue(v: TypedValue, text: string): unknown {
  const out = compactSpan(v, text);
  return v.items ? { ...out, items: v.items.map((item) => compactValue(item, text)) } : out;
}

function expandSpan(span: Span | null | undefined, text: string): boolean {
  if (!span || (span.text as string | null) !== null) return true;
  if (!inText(span, text)) return false;
  span.text = text.slice(span.start, span.end);
  return true;
}

function expandValue(v: TypedValue, text: string): boolean {
  return expandSpan(v, text) && (v.items ?? []).every((item) => expandValue(item, text));
}
