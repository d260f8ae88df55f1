/**
 * Spans ({text, start, end}) repeat words their article already holds: paragraphs, quotations,
 * passages, values. The snapshot stores such a span's text as 0 and takes it back from the
 * article on load, which makes the file about a third smaller and quicker to parse, and the
 * restored strings share the article's memory. Only exact copies are replaced.
 */
export function spanReplacer(articleText: string): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (!isSpanLike(value) || typeof value.text !== 'string' || value.text.length < 8) return value;
    return articleText.slice(value.start, value.end) === value.text ? { ...value, text: 0 } : value;
  };
}

/** Puts the texts back, in place. False when a span points outside its article (damaged data). */
export function restoreSpans(value: unknown, articleText: string): boolean {
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
