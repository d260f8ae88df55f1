/**
 * Some archives write a double quotation mark as two apostrophes (`''We will,'' she said.`), the
 * typewriter convention that treebank-style exports of newspaper text keep. The quotation rules know
 * the usual marks, so, like the line-break view in lines.ts, they read a copy of the same length in
 * which each such pair is one curly mark and a space: an opening pair (at a line's start or after a
 * space or bracket, before a non-space) becomes ` “`, any other pair `” `. An offset into the copy is
 * the same offset into the file, so records still cite the file's own characters.
 */
export function withDoubledApostrophesAsMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''(?!')/g, (_pair: string, at: number) => (opensQuotation(text, at) ? ' \u201c' : '\u201d '));
}

const OPENS_AFTER = /[\s([{\u2014\u2013-]/;

function opensQuotation(text: string, at: number): boolean {
  const before = at === 0 ? '\n' : text[at - 1];
  const after = text[at + 2] ?? '\n';
  return OPENS_AFTER.test(before) && !/\s/.test(after);
}
