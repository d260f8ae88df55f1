import type { ValueType } from '../model/records.js';
import { KIND_SYNSETS, TYPE_NOUNS } from './lexicon.js';
import { inWordNet, lookup, nounAncestors, type Synset, synset, synsetsAbove } from './wordnet.js';

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
    known.set(
      word,
      nounAncestors(word)
        .map(kindRoot)
        .find((k) => k !== undefined),
    );
  }
  return known.get(word);
}

/** The kind a synset is the root of (KIND_SYNSETS: "person, individual" for people), if any. */
function kindRoot(s: Synset): ValueType | undefined {
  return KIND_SYNSETS.find((k) => s.words[0] === k.words[0] && s.words[1] === k.words[1])?.type;
}

/** "think tank", "consulting firm": two words WordNet holds as one noun naming a person or an organisation. */
export function compoundKind(first: string, head: string): ValueType | undefined {
  if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(head)) return undefined;
  const kind = wordnetKind(`${first} ${head}`);
  return kind === 'person' || kind === 'organization' ? kind : undefined;
}

/** The shortest part of a closed compound that may be its head or its modifier ("ran" is too short to tell). */
const MIN_COMPOUND_PART = 3;

/**
 * "councilmember", "frontrunner", "spokesperson": a closed compound WordNet does not list names the
 * kind of person or organisation its last part does, when the first part is an English word too
 * ("council" + "member"). Only a word WordNet lacks altogether: one it has is read as it has it.
 */
export function closedCompoundKind(word: string): ValueType | undefined {
  if (!/^[a-z]{6,}$/.test(word) || inWordNet(word)) return undefined;
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART - 1; cut++) {
    const head = word.slice(cut);
    if (lookup(head, 'n') === null || !inWordNet(word.slice(0, cut))) continue;
    const kind = wordnetKind(head);
    return kind === 'person' || kind === 'organization' ? kind : undefined;
  }
  return undefined;
}

/** How many of a noun's most frequent senses may make it a person noun when the tagger reads it as one. */
const PERSON_SENSES = 3;

/**
 * "which abc moderator asked", "which hsi agent said": WordNet's most frequent sense of "moderator"
 * is a substance and of "agent" a cause, so the noun's kind is none; but the tagger reads the word
 * as one for a person (an actor noun), and one of its frequent senses is a person: that is the
 * sense a question asking for a name means.
 */
export function actorKind(word: string): ValueType | undefined {
  const entry = lookup(word, 'n');
  if (entry === null) return undefined;
  const isPerson = (o: number) => kindRoot(synset(o, 'n')) === 'person';
  return entry.offsets.slice(0, PERSON_SENSES).some((o) => isPerson(o) || synsetsAbove(o).some(isPerson)) ? 'person' : undefined;
}
