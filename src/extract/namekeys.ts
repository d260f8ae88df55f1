/** Name comparison shared by article-level and corpus-level speaker linking: plain string work. */

/** Lower case, accents and punctuation dropped, a leading "the" removed: "The Ledger-Times" → "ledger times". */
export function nameKey(written: string): string {
  return written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** How many edits a name of this length may carry and still be the same name misspelt. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** True when `a` and `b` differ by at most the edits their length allows (and are not equal). */
export function withinEdits(a: string, b: string): boolean {
  if (a === b) return false;
  const max = allowedEdits(Math.min(a.length, b.length));
  if (max === 0 || Math.abs(a.length - b.length) > max || a[0] !== b[0]) return false;
  return editDistance(a, b, max) <= max;
}

/** Damerau-Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return best;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Keys one deletion away (and the key itself): names within one edit share a key. */
export function deletionKeys(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
