import { baseForms, lookup, synset, type Pos, type Synset } from './wordnet.js';

/**
 * Words a reader would accept for a word they typed, from WordNet, each with how much it is
 * worth next to the word itself (1). Conservative on purpose: only the word's frequent senses,
 * and the closer the relation the higher the factor, so the user's own words always win.
 */
export const FACTOR = {
  /** The word's own lemma(s): "immigrant" for "immigrants". */
  own: 1,
  /** Another inflection of the word's lemma, not the form typed: just below it, so the form typed wins a tie. */
  inflection: 0.95,
  /** A derivationally related form ("immigration" → "immigrate"), one step. */
  derived: 0.85,
  /** Two derivation steps, through the word they share ("immigration" → "immigrate" → "immigrant"). */
  derived2: 0.75,
  /** Another word of the same sense, for the word's most frequent sense(s). */
  synonym: 0.75,
  /** Another word of a rarer (but corpus-attested) sense. */
  rareSynonym: 0.6,
  /** A similar adjective, or the more general word ("rent" → "payment"), one step. */
  near: 0.55,
} as const;

/** Senses beyond this many are ignored even when tagged: they are where the noise is. */
const MAX_SENSES = 6;
/** The most frequent senses, whose synonyms count as synonyms rather than rare ones. */
const FREQUENT_SENSES = 2;
/**
 * A more general sense with many names is usually a vague one ("act, deed, human action, human
 * activity"): only hypernym synsets with this many words or fewer are used.
 */
const MAX_HYPERNYM_WORDS = 4;
/**
 * A sense with many more specific senses is a broad one ("person" has hundreds): a user typing it
 * means the idea, not each kind of it. Only the narrower senses of a sense with this many or fewer are used.
 */
const MAX_NARROWER = 12;

export type Related = Map<string, number>;

const cache = new Map<string, Related>();
const MAX_CACHED = 5000;

/**
 * Lemmas related to `word` (lower case, one word or a WordNet collocation with spaces), each
 * with its factor; the word's own lemmas at 1. `extraLemmas`: base forms found by other means
 * (irregular verbs, plurals the detachment rules miss). Empty when WordNet does not know it.
 */
export function relatedLemmas(word: string, extraLemmas: readonly string[] = []): Related {
  const key = `${word}|${extraLemmas.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Related = new Map();
  const add = (lemma: string, factor: number): void => {
    if (lemma.length < 2) return;
    if ((out.get(lemma) ?? 0) < factor) out.set(lemma, factor);
  };
  for (const { lemma, pos } of baseForms(word.replace(/ /g, '_'), extraLemmas)) {
    add(lemma.replace(/_/g, ' '), FACTOR.own);
    relateSenses(lemma.replace(/_/g, ' '), pos, add);
    if (pos === 'a') for (const adverb of adverbsOf(lemma)) add(adverb, FACTOR.derived);
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, out);
  return out;
}

type Add = (lemma: string, factor: number) => void;

function relateSenses(lemma: string, pos: Pos, add: Add): void {
  const entry = lookup(lemma, pos);
  if (!entry) return;
  const senses = Math.min(entry.offsets.length, MAX_SENSES, Math.max(1, entry.tagged));
  for (let s = 0; s < senses; s++) {
    const set = synset(entry.offsets[s], pos);
    const me = set.words.indexOf(lemma) + 1;
    const frequent = s < FREQUENT_SENSES;
    for (const w of set.words) add(w, frequent ? FACTOR.synonym : FACTOR.rareSynonym);
    if (me > 0) derivations(set, me, add);
    // A synonym's derivations ("troops" → "soldiery" → "soldier"), one step and worth a synonym's share of a derivation.
    if (frequent) for (let j = 1; j <= set.words.length; j++) if (j !== me) derivations(set, j, add, FACTOR.synonym);
    if (frequent) nearSenses(set, add);
  }
}

/**
 * The adverbs made from an adjective ("honest" → "honestly"): WordNet links an adverb to its
 * adjective (a pertainym) but not back, so the usual spellings are tried and kept when the
 * adverb's own link names the adjective.
 */
function adverbsOf(adjective: string): string[] {
  const spellings = [`${adjective}ly`, `${adjective.replace(/y$/, 'i')}ly`, `${adjective.replace(/le$/, '')}ly`, `${adjective}ally`];
  return [...new Set(spellings)].filter((adverb) => {
    const entry = lookup(adverb, 'r');
    return entry?.offsets.some((offset) => {
      const set = synset(offset, 'r');
      const me = set.words.indexOf(adverb) + 1;
      return set.pointers.some((p) => p.symbol === '\\' && p.source === me && synset(p.offset, p.pos).words[p.target - 1] === adjective);
    });
  });
}

/** Derivations and pertainyms of word number `me` of a synset, and theirs in turn unless `scale` marks a synonym's (one step then). */
function derivations(set: Synset, me: number, add: Add, scale = 1): void {
  for (const p of set.pointers) {
    if (!LEXICAL.has(p.symbol) || p.source !== me) continue;
    const target = synset(p.offset, p.pos);
    const word = target.words[p.target - 1];
    if (!word) continue;
    add(word, FACTOR.derived * scale);
    if (scale < 1) continue;
    for (const q of target.pointers) {
      if (!LEXICAL.has(q.symbol) || q.source !== p.target) continue;
      const second = synset(q.offset, q.pos).words[q.target - 1];
      if (second) add(second, FACTOR.derived2);
    }
  }
}

/** Derivation (+), pertainym (\), participle (<): the same word in another part of speech. */
const LEXICAL = new Set(['+', '\\', '<']);

/**
 * Similar adjectives (&), the immediate, specific enough, more general sense (@), and the more
 * specific senses (~: "occasion" → "celebration") of a sense that has few of them.
 */
function nearSenses(set: Synset, add: Add): void {
  const narrowerCount = set.pointers.filter((p) => p.symbol === '~' && p.source === 0).length;
  for (const p of set.pointers) {
    if (p.source !== 0) continue;
    if (p.symbol === '&') for (const w of spelledOut(synset(p.offset, p.pos))) add(w, FACTOR.near);
    if (p.symbol === '~' && narrowerCount <= MAX_NARROWER) {
      const narrower = synset(p.offset, p.pos);
      if (narrower.words.length <= MAX_HYPERNYM_WORDS) for (const w of spelledOut(narrower)) add(w, FACTOR.near);
    }
    if (p.symbol === '@') {
      const general = synset(p.offset, p.pos);
      if (general.words.length <= MAX_HYPERNYM_WORDS) for (const w of spelledOut(general)) add(w, FACTOR.near);
    }
  }
}

/**
 * A near sense's words less its abbreviations: "CO" (conscientious objector) for "protesters"
 * or "IW" (information warfare) for "war" are other things far more often in a quotation.
 */
function spelledOut(set: Synset): string[] {
  return set.words.filter((_, i) => !set.acronym[i]);
}
