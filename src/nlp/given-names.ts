import nlp from 'compromise';

const known = new Map<string, boolean>();

/**
 * Whether compromise's lexicon knows a word, read alone, as a given name ("Tom", "Madeleine").
 * In a sentence the tagger may read "Tom Ridge" or "Lloyd Grove" as a place (a name before a
 * word like "ridge" or "grove"); the word alone says what it was first.
 */
export function isGivenName(word: string): boolean {
  const key = word.trim().toLowerCase();
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const given = /^\p{L}+$/u.test(key) && nlp(word).has('#FirstName');
  // Words are few per corpus; the bound only keeps a hostile corpus from growing the cache.
  if (known.size < 10_000) known.set(key, given);
  return given;
}
