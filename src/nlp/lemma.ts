import nlp from 'compromise';
import type { Token } from './parse.js';

interface Transforms {
  verb: { toInfinitive: (word: string, model: unknown, tense: string) => string };
  noun: { toSingular: (word: string, model: unknown) => string };
}

// compromise's own conjugation tables, reused on already-tagged tokens so nothing is re-parsed.
const methods = (nlp as unknown as { methods: () => { two: { transform: Transforms } } }).methods().two.transform;
const model = (nlp as unknown as { model: () => unknown }).model();

const VERB_TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Infinitive', 'FutureTense'];

/** The bare word of a token: lower case, no possessive, no edge punctuation. */
export function bareWord(token: Pick<Token, 'normal' | 'text'>): string {
  const base = (token.normal || token.text.toLowerCase()).replace(/['’‘]s$/u, '').replace(/['’‘]$/u, '');
  return base.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Dictionary form of a tagged token: "signed" → "sign", "countries" → "country". */
export function lemma(token: Pick<Token, 'normal' | 'text' | 'tags'>): string {
  const word = bareWord(token);
  if (!word) return '';
  const tags = token.tags;
  if (tags.includes('Verb')) {
    const tense = VERB_TENSES.find((t) => tags.includes(t));
    // "pass", "discuss": a present form ending in "ss" has no third-person "s" to strip.
    if (tense === 'PresentTense' && /ss$/.test(word)) return word;
    if (tense && tense !== 'Infinitive') return safe(() => methods.verb.toInfinitive(word, model, tense), word);
    return word;
  }
  if (tags.includes('Plural') && !tags.includes('Pronoun')) return safe(() => methods.noun.toSingular(word, model), word);
  return word;
}

function safe(fn: () => string, fallback: string): string {
  try {
    return fn() || fallback;
  } catch {
    return fallback;
  }
}

/**
 * The verb inside an -ed or -ing word compromise tagged as something else ("affected", "planned",
 * "backing" in a short question): its infinitive, or null when the word is not such a form.
 */
export function verbStem(word: string): string | null {
  const tense = /[a-z]{3}ed$/.test(word) ? 'PastTense' : /[a-z]{3}ing$/.test(word) ? 'Gerund' : null;
  if (!tense) return null;
  const stem = safe(() => methods.verb.toInfinitive(word, model, tense), '');
  return stem && stem !== word ? stem : null;
}
