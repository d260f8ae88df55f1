/**
 * Words as the candidate index sees them: lower case, accents folded, split on anything that is
 * not a letter or digit. Queries and records go through the same function so they meet.
 * This is the one definition of a word: the shared database's word columns follow it step by
 * step (coverage_words in src/store/migrations/006_words_of_every_script.sql), and
 * test/store/words.test.ts holds the two equal; a change here needs a migration there.
 */
export function tokenize(text: string): string[] {
  // Unicode-aware folding and splitting cost several times the ASCII path; most text is ASCII
  // but for its typographic punctuation, which separates words either way.
  const lower = text.toLowerCase().replace(TYPOGRAPHIC, ' ');
  if (!NON_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
  return (
    lower
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const TYPOGRAPHIC = /[\u00a0\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range names every ASCII character, controls included
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Words too common to narrow anything; they still count when a query has nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by do for from had has have he her his i in is it its me my no not of on or our ' +
    's she so t that the their them they this to up was we were what when which who will with you your'
  ).split(' '),
);

/** The query's words worth searching for: content words, or every word when it has none. */
export function queryTerms(text: string): string[] {
  const all = tokenize(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(content.length ? content : all)];
}

/** How many typos a word of this length may carry and still be the word meant. */
export function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}
