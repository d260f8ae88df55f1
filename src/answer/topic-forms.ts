import nlp from 'compromise';
import { tokenize } from '../search/tokens.js';
import { relatedLemmas } from './related.js';
import { baseForms, inWordNet, lookup, synset, type Synset } from './wordnet.js';

/**
 * The words and phrases that may stand for a topic word (see topics.ts): a lemma's inflections,
 * irregular base forms, and WordNet entries several topic words make together.
 */

/** Keeps a form's best factor; forms are written as the tokenizer splits text ("e-mail" → "e mail"), so they meet it. */
export function setMax(forms: Map<string, number>, raw: string, factor: number): void {
  const form = tokenize(raw).join(' ');
  if (form.length >= 2 && (forms.get(form) ?? 0) < factor) forms.set(form, factor);
}

/**
 * Two to four topic words that are one WordNet entry together ("tear down", "health care",
 * "made up their minds" → "make up one's mind"): that entry's related words stand for each of
 * them. The first word may be inflected, the last plural, and a possessive stands for "one's".
 */
export function addCollocations(all: readonly string[], words: ReadonlyArray<{ text: string; forms: Map<string, number> }>): void {
  for (let n = MAX_COLLOCATION; n >= 2; n--) {
    for (let i = 0; i + n <= all.length; i++) {
      const window = all.slice(i, i + n);
      const phrase = collocation(window);
      if (!phrase) continue;
      const targets = words.filter((w) => window.includes(w.text));
      for (const [lemma, factor] of relatedLemmas(phrase)) for (const form of inflections(lemma)) for (const t of targets) setMax(t.forms, form, factor);
    }
  }
}

/** The longest run of topic words looked up as one WordNet entry. */
const MAX_COLLOCATION = 4;
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** The WordNet entry a run of words is, in the forms it is written there; null when it is none. */
function collocation(window: readonly string[]): string | null {
  const rest = window.slice(1).map((w) => (POSSESSIVES.has(w) ? "one's" : w));
  for (const head of new Set([window[0], ...baseForms(window[0], irregularBases(window[0])).map((b) => b.lemma)])) {
    const phrase = [head, ...rest].join(' ');
    if (inWordNet(phrase)) return phrase;
    const base = baseForms(phrase.replace(/ /g, '_'))[0];
    if (base) return base.lemma.replace(/_/g, ' ');
  }
  return null;
}

interface Transforms {
  verb: { toInfinitive: (w: string, m: unknown, tense: string) => string; conjugate: (w: string, m: unknown) => Record<string, string> };
  noun: { toSingular: (w: string, m: unknown) => string; toPlural: (w: string, m: unknown) => string };
  adjective: {
    toComparative: (w: string, m: unknown) => string;
    toSuperlative: (w: string, m: unknown) => string;
    fromComparative: (w: string, m: unknown) => string;
    fromSuperlative: (w: string, m: unknown) => string;
  };
}

// compromise's inflection tables, used without parsing: irregular forms WordNet's files lack.
const transform = (nlp as unknown as { methods: () => { two: { transform: Transforms } } }).methods().two.transform;
const model = (nlp as unknown as { model: () => unknown }).model();

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn() ?? fallback;
  } catch {
    return fallback;
  }
}

/** Base forms the detachment rules cannot reach: "ran" → "run", "children" → "child", "worse" → "bad". */
export function irregularBases(word: string): string[] {
  const out = new Set<string>();
  for (const tense of ['PastTense', 'Participle']) out.add(safe(() => transform.verb.toInfinitive(word, model, tense), ''));
  out.add(safe(() => transform.noun.toSingular(word, model), ''));
  out.add(safe(() => transform.adjective.fromComparative(word, model), ''));
  out.add(safe(() => transform.adjective.fromSuperlative(word, model), ''));
  out.delete('');
  out.delete(word);
  // compromise guesses a base for any word ("law" → "lee", as if a past tense): keep one only when it inflects back to the word.
  return [...out].filter((base) => inflections(base).includes(word));
}

const inflectionCache = new Map<string, string[]>();

/**
 * A lemma's inflected forms, the lemma first: a noun's plural, a verb's forms and an adjective's
 * degrees ("big" → "bigger", "biggest"), as WordNet has the lemma in those parts of speech. A
 * phrase inflects its last word as a noun ("opinion polls") and its first as a verb ("got rid of").
 */
export function inflections(lemma: string): string[] {
  const cached = inflectionCache.get(lemma);
  if (cached) return cached;
  const words = lemma.split(' ');
  const forms = new Set([lemma]);
  if (lookup(lemma, 'n')) {
    const last = words[words.length - 1];
    forms.add([...words.slice(0, -1), safe(() => transform.noun.toPlural(last, model), last)].join(' '));
  }
  if (lookup(lemma, 'v')) {
    const verb = safe(() => transform.verb.conjugate(words[0], model), {} as Record<string, string>);
    for (const [tense, form] of Object.entries(verb))
      if (tense !== 'FutureTense' && form && !form.includes(' ')) forms.add([form, ...words.slice(1)].join(' '));
  }
  // Degrees of short adjectives only: long ones take "more" and "most" ("importanter" is no word).
  if (words.length === 1 && lemma.length <= 7 && lookup(lemma, 'a')) {
    for (const degree of [transform.adjective.toComparative, transform.adjective.toSuperlative]) forms.add(safe(() => degree(lemma, model), lemma));
  }
  const out = [...forms].filter((f) => /^[a-z0-9' .-]+$/.test(f));
  if (inflectionCache.size > 20000) inflectionCache.clear();
  inflectionCache.set(lemma, out);
  return out;
}

/**
 * A national capital stands for its country's government in news ("Moscow denied it", "talks
 * with Havana"): the country's names, the words derived from them ("Cuban") and its adjective
 * ("Russian", "Iranian"), for a capital typed in a topic. Empty for any other word.
 */
export function capitalsCountry(word: string): string[] {
  const entry = lookup(word, 'n');
  if (!entry) return [];
  const place = synset(entry.offsets[0], 'n');
  const capital = place.pointers.some((p) => p.symbol === '@i' && synset(p.offset, 'n').words.includes('national capital'));
  if (!capital) return [];
  const out = new Set<string>();
  for (const p of place.pointers) {
    if (p.symbol !== '#p') continue;
    const country = synset(p.offset, 'n');
    country.words.forEach((w, i) => {
      if (!country.acronym[i]) out.add(w);
    });
    for (const q of country.pointers) if (q.symbol === '+') out.add(synset(q.offset, q.pos).words[q.target - 1] ?? '');
    for (const adjective of adjectivesOf(country)) out.add(adjective);
  }
  out.delete('');
  return [...out];
}

/**
 * A country's adjective ("Iranian" for Iran): WordNet links it to the country (a pertainym) but
 * not back, so the usual endings are tried on the country's one-word names and kept when the
 * adjective's own link names the country (in any of its senses: "Chinese" points to another China).
 */
function adjectivesOf(country: Synset): string[] {
  const out: string[] = [];
  for (const name of country.words.filter((w) => !w.includes(' '))) {
    const stem = name.replace(/[aeiouy]$/, '');
    for (const adjective of new Set([stem, `${name}n`, `${name}an`, `${name}ian`, `${stem}ian`, `${stem}an`, `${stem}ese`, `${stem}i`, `${name}i`])) {
      const entry = lookup(adjective, 'a');
      const pertains = entry?.offsets.some((o) => synset(o, 'a').pointers.some((p) => p.symbol === '\\' && synset(p.offset, p.pos).words.includes(name)));
      if (pertains) out.push(adjective);
    }
  }
  return out;
}

/**
 * Verbs so general that nearly every quotation has one ("is", "going to", "have", "get"): reached
 * from a word typed through WordNet ("wanted" → "be", "fall" → "go", "get" → "have"), they cover
 * any quotation at all, so they never stand for the word typed. Typed, they keep their own forms.
 */
const LIGHT_VERBS = ['be', 'have', 'do', 'go', 'come', 'get', 'make', 'take', 'give', 'let', 'put', 'keep', 'become', 'seem'];

let lightVerbForms: ReadonlySet<string> | null = null;

/** Whether `word` is a form of one of the LIGHT_VERBS ("is", "going", "had", "took"). */
export function isLightVerbForm(word: string): boolean {
  lightVerbForms ??= new Set(LIGHT_VERBS.flatMap((verb) => inflections(verb)));
  return lightVerbForms.has(word);
}
