/**
 * Words as the candidate index sees them: lower case, accents folded, split on anything that is
 * not a letter or digit. Queries and records go through the same function so they meet.
 */
export function tokenize(text: string): string[] {
  // Unicode-aware folding and splitting cost several times the ASCII path; most text is ASCII
  // but for its typographic punctuation, which separates words either way.
  const lower = text.toLowerCase().replace(TYPOGRAPHIC, ' ');
  if (!NON_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

const TYPOGRAPHIC = /[\u00a0\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Words too common to narrow anything; they still count when a query has nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by do for from had has have he her his i in is it its me my no not of on or our ' +
    's she so t that the their them they this to up was we were what when which who will with you your').split(' '),
);

/** The query's words worth searching for: content words, or every word when it has none. */
export function queryTerms(text: string): string[] {
  const all = tokenize(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(content.length ? content : all)];
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** How many typos a word of this length may carry and still be the word meant. */
export function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}
