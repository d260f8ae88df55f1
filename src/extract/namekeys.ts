/** Name comparison shared by article-level and corpus-level speaker linking: plain string work. */
import { editDistance } from '../nlp/distance.js';

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

/** Keys one deletion away (and the key itself): names within one edit share a key. */
export function deletionKeys(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
