/**
 * Spans ({text, start, end}) repeat words their article already holds: quotations, passages,
 * values. The snapshot stores such a span's text as 0 and takes it back from the article on load,
 * which makes the file about a third smaller and quicker to parse, and the restored strings
 * share the article's memory. Only exact copies are replaced. A fact's statement that is its
 * passage word for word is stored as 0 too.
 */
export function recordReplacer(articleText: string): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (isStatementOfPassage(value)) return { ...value, statement: 0 };
    if (!isSpanLike(value) || typeof value.text !== 'string' || value.text.length < 8) return value;
    return articleText.slice(value.start, value.end) === value.text ? { ...value, text: 0 } : value;
  };
}

/** Undoes recordReplacer on one article's records, in place. False when a span points outside the article (damaged data). */
export function restoreRecords(records: unknown, articleText: string): boolean {
  if (!restoreSpans(records, articleText)) return false;
  restoreStatements(records);
  return true;
}

function isStatementOfPassage(v: unknown): v is { statement: string; passage: { text: string } } {
  if (typeof v !== 'object' || v === null || !('statement' in v) || !('passage' in v)) return false;
  const { statement, passage } = v as { statement: unknown; passage: unknown };
  return typeof statement === 'string' && isSpanLike(passage) && passage.text === statement;
}

function restoreStatements(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) restoreStatements(v);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const rec = value as { statement?: unknown; passage?: { text?: unknown }; facts?: unknown };
  if (rec.statement === 0 && typeof rec.passage?.text === 'string') rec.statement = rec.passage.text;
  if (rec.facts) restoreStatements(rec.facts);
}

/** Puts the texts back, in place. False when a span points outside its article (damaged data). */
function restoreSpans(value: unknown, articleText: string): boolean {
  if (Array.isArray(value)) return value.every((v) => restoreSpans(v, articleText));
  if (typeof value !== 'object' || value === null) return true;
  if (isSpanLike(value) && value.text === 0) {
    if (value.start < 0 || value.end > articleText.length || value.start > value.end) return false;
    value.text = articleText.slice(value.start, value.end);
  }
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !restoreSpans(child, articleText)) return false;
  }
  return true;
}

function isSpanLike(v: unknown): v is { text: unknown; start: number; end: number } {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return 'text' in s && typeof s.start === 'number' && typeof s.end === 'number';
}
