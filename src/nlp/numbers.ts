import nlp from 'compromise';

/** The value of a number phrase: "6,000" → 6000, "seven" → 7, "100 million" → 100000000. */
export function parseNumber(text: string): number | null {
  const clean = text.replace(/[^\p{L}\p{N}.,\- ]/gu, ' ').trim();
  if (!clean) return null;
  if (/^\d[\d,]*(\.\d+)?$/.test(clean)) {
    const n = Number(clean.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  // compromise reads number words ("seven", "4.2 million"); "a few" comes back as 3, so demand a
  // digit or a real number word before trusting it.
  if (/^(a|an)\b|\bfew\b|\bseveral\b|\bmany\b/i.test(clean)) return null;
  const found = nlp(clean).numbers().get() as unknown[];
  const n = found.length === 1 ? found[0] : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** A leading number glued to a word by a hyphen: "6,000-word" → {n: 6000, rest: "word"}. */
export function splitHyphenNumber(word: string): { n: number; rest: string } | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)-([\p{L}-]+)$/u.exec(word);
  if (!m) return null;
  const n = parseNumber(m[1]);
  return n === null ? null : { n, rest: m[2].toLowerCase() };
}
