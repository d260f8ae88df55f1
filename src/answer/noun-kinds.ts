import type { ValueType } from '../model/records.js';
import { KIND_SYNSETS, TYPE_NOUNS } from './lexicon.js';
import { nounAncestors } from './wordnet.js';

/**
 * The kind of name a question's noun asks for ("which swimmer" a person, "which think tank" an
 * organisation): the lexicon's type nouns first, else where WordNet files the noun's most frequent
 * sense. Only people, organisations and places come from WordNet (KIND_SYNSETS says which).
 */
export function kindOfNoun(word: string): ValueType | undefined {
  return TYPE_NOUNS[word] ?? wordnetKind(word);
}

/** Words looked up so far; a question brings a few, and the cap bounds a long-running bot. */
const known = new Map<string, ValueType | undefined>();
const MAX_KNOWN = 20000;

/** The kind WordNet files a noun (or a two-word noun, "hedge fund") under, if KIND_SYNSETS names one of its roots. */
export function wordnetKind(word: string): ValueType | undefined {
  if (!/^[a-z]{2,}( [a-z]{2,})?$/.test(word)) return undefined;
  if (!known.has(word)) {
    if (known.size >= MAX_KNOWN) known.clear();
    const root = nounAncestors(word)
      .map((s) => KIND_SYNSETS.find((k) => s.words[0] === k.words[0] && s.words[1] === k.words[1]))
      .find((k) => k !== undefined);
    known.set(word, root?.type);
  }
  return known.get(word);
}

/** "think tank", "consulting firm": two words WordNet holds as one noun naming a person or an organisation. */
export function compoundKind(first: string, head: string): ValueType | undefined {
  if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(head)) return undefined;
  const kind = wordnetKind(`${first} ${head}`);
  return kind === 'person' || kind === 'organization' ? kind : undefined;
}
