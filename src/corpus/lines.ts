/**
 * Files come with `\n`, `\r\n` or (old Mac exports) bare `\r` line breaks, and every offset must
 * point into the file as read. Rather than teach each rule about three kinds of break, the rules
 * read a copy of the same length where every break is one `\n`: `\r\n` becomes ` \n` and a lone
 * `\r` becomes `\n`. An offset into the copy is the same offset into the file.
 */
export function withLfBreaks(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/\r(\n?)/g, (_, lf: string) => (lf ? ' \n' : '\n'));
}

/** Splits at any kind of line break. */
export const LINE_BREAK = /\r\n?|\n/;
