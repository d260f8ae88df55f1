import type { FactRecord } from '../model/records.js';
import { runNow } from '../runtime/slices.js';
import type { CoverageIndex } from '../index/build.js';
import { editDistanceAtMostOne } from '../nlp/distance.js';
import type { FocusTerm } from './question.js';
import { ALLOW_VERBS, NEGATORS, SPEECH_VERBS, STOP_VERBS } from './lexicon.js';
import { holdsPhrase } from './short-forms.js';
import { pushTo } from '../model/multimap.js';

/** How well one question word matches one article word: 1 same, 0.9 synonym, 0.8 near-spelling. */
export function wordMatch(f: FocusTerm, word: string): number {
  if (word === f.term) return 1;
  // "causing" left unlemmatised in an article for "cause": the word itself, inflected.
  if (f.term.length >= 4 && inflects(word, f.term)) return 0.95;
  if (f.alts.includes(word)) return 0.9;
  // "ask" and "asking": a synonym with an inflection compromise left on.
  if (/(?:ed|ing)$/.test(word) && f.alts.some((a) => a.length >= 3 && (word === `${a}ed` || word === `${a}ing`))) return 0.85;
  if (f.term.length >= 5 && word.length >= 5 && (editDistanceAtMostOne(f.term, word) || sharedStem(f.term, word))) return 0.8;
  // "fund" and "funding": a short word and its derived forms.
  if (f.term.length >= 4 && word.startsWith(f.term) && word.length - f.term.length <= 3) return 0.8;
  return 0;
}

/** "cause" → "causing", "caused": forms a record may keep unlemmatised. */
export function inflections(verb: string): string[] {
  if (verb.length < 4) return [];
  const base = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [`${base}ing`, `${base}ed`];
}

function inflects(word: string, term: string): boolean {
  const m = /^(\p{L}{3,}?)(?:ing|ed|es|s)$/u.exec(word);
  if (!m) return false;
  const stem = m[1];
  return stem === term || (term.endsWith('e') && stem === term.slice(0, -1)) || (stem.length > 3 && stem.at(-1) === stem.at(-2) && stem.slice(0, -1) === term);
}

/** "immigration" and "immigrant", "presidential" and "president": a long common start. */
function sharedStem(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Both rests must read as endings ("-ation", "-ial"): "brightwater" and "brightest" share a start, not a stem.
  return i >= 6 && i >= Math.min(a.length, b.length) - 3 && a.length - i <= 4 && b.length - i <= 4;
}

/** The question words (weak ones too) a record carries: two answers address the same question only when one's set holds the other's. */
export function matchedTerms(focus: FocusTerm[], record: FactRecord): Set<string> {
  return new Set(focus.filter((f) => bestMatch(f, record.terms) > 0).map((f) => f.term));
}

/** The word itself, a near spelling or a derived form; not only a synonym. */
export function plainMatch(f: FocusTerm, words: readonly string[]): boolean {
  return words.some((w) => {
    const m = wordMatch(f, w);
    return m > 0 && (m !== 0.9 || !f.alts.includes(w) || w.startsWith(f.term) || f.term.startsWith(w));
  });
}

export function bestMatch(f: FocusTerm, words: readonly string[]): number {
  let best = 0;
  for (const w of words) best = Math.max(best, wordMatch(f, w));
  // "eu" typed, "the European Union" written: a short form's words, all there, are a synonym.
  if (best < 0.9 && holdsPhrase(f, words)) return 0.9;
  return best;
}

/**
 * Share of the question's required words a record carries; 0 when one is missing. One word may
 * be missing from the sentence when its article uses it elsewhere ("the mayor of Harbor City" for
 * a sentence that only says "Ortiz, 54"): it counts half.
 */
export function coverage(focus: FocusTerm[], record: FactRecord, articleTerms: ReadonlySet<string>, strict = false): number {
  const required = focus.filter((f) => !f.weak);
  if (required.length === 0) return 0;
  let sum = 0;
  let elsewhere = 0;
  for (const f of required) {
    const m = bestMatch(f, record.terms) || negatedOpposite(f, record);
    if (m > 0) sum += m;
    // "travel ban" asked, "the ban" written: the compound's head carries it, at reduced weight.
    else if (f.modifierOf && modifierHeadMatched(focus, f, record)) sum += 0.5;
    // Not a name ("the ceo of <company>" needs the company in the sentence), and not in strict mode
    // ("what did X say about Y": Y must be what the sentence is about).
    else if (required.length > 1 && !f.verb && !f.name && !f.owner && !strict && ++elsewhere <= 1 && inArticle(f, articleTerms)) sum += 0.5;
    else return 0;
  }
  const hint = (f: FocusTerm) => (f.typeNoun ? 0.15 : 0.02);
  const weakHits = focus.filter((f) => f.weak && bestMatch(f, record.terms) > 0).reduce((n, f) => n + hint(f), 0);
  return sum / required.length + weakHits;
}

function modifierHeadMatched(focus: FocusTerm[], f: FocusTerm, record: FactRecord): boolean {
  const head = focus.find((g) => g.term === f.modifierOf);
  return head !== undefined && bestMatch(head, record.terms) > 0;
}

/** "suspended" in the question, "no … issued" in the statement: the same fact said the other way round. */
export function negatedOpposite(f: FocusTerm, record: FactRecord): number {
  if (![f.term, ...f.alts].some((t) => STOP_VERBS.includes(t))) return 0;
  if (!record.terms.some((t) => ALLOW_VERBS.includes(t))) return 0;
  return NEGATORS.test(record.statement) ? 0.7 : 0;
}

function inArticle(f: FocusTerm, terms: ReadonlySet<string>): boolean {
  return terms.has(f.term) || f.alts.some((a) => terms.has(a));
}

interface TermCaches {
  byArticle: Map<string, FactRecord[]>;
  terms: Map<string, Set<string>>;
  words: Map<string, Set<string>>;
}

const termCaches = new WeakMap<CoverageIndex, TermCaches>();

function caches(index: CoverageIndex): TermCaches {
  let cache = termCaches.get(index);
  if (!cache) {
    cache = { byArticle: runNow(factsByArticle(index.facts.all())), terms: new Map(), words: new Map() };
    termCaches.set(index, cache);
  }
  return cache;
}

/** The fact records of one article, in text order. */
export function factsOf(index: CoverageIndex, articleId: string): readonly FactRecord[] {
  return caches(index).byArticle.get(articleId) ?? [];
}

/**
 * The words of the article's sentences that carry a typed value, each article's set built on first
 * use: the words "elsewhere in the article" a value's sentence may leave out. A sentence with no
 * typed value is a record for the passage path alone, so it lends a value's sentence no word.
 */
export function articleTerms(index: CoverageIndex, articleId: string): ReadonlySet<string> {
  return termsOfArticle(caches(index).terms, index, articleId, (f) => f.values.length > 0);
}

/** The words of every sentence of one article: what the article is about, when articles are chosen. */
export function articleWords(index: CoverageIndex, articleId: string): ReadonlySet<string> {
  return termsOfArticle(caches(index).words, index, articleId, () => true);
}

function termsOfArticle(cache: Map<string, Set<string>>, index: CoverageIndex, articleId: string, counts: (f: FactRecord) => boolean): ReadonlySet<string> {
  let set = cache.get(articleId);
  if (!set) {
    set = new Set(
      factsOf(index, articleId)
        .filter(counts)
        .flatMap((f) => f.terms),
    );
    cache.set(articleId, set);
  }
  return set;
}

const nameWordSets = new WeakMap<CoverageIndex, Set<string>>();

/** Every word of every name (person, organisation, place) the facts carry, built once per index. */
export function nameWords(index: CoverageIndex): ReadonlySet<string> {
  let set = nameWordSets.get(index);
  if (!set) {
    set = new Set(index.facts.all().flatMap((f) => f.entities.flatMap((e) => e.toLowerCase().split(/\s+/))));
    nameWordSets.set(index, set);
  }
  return set;
}

const vocabularies = new WeakMap<CoverageIndex, Set<string>>();

/** Every word of every fact record, built once per index. */
function vocabulary(index: CoverageIndex): Set<string> {
  let vocab = vocabularies.get(index);
  if (!vocab) {
    vocab = runNow(factWords(index.facts.all()));
    vocabularies.set(index, vocab);
  }
  return vocab;
}

/** How many facts between pauses while the caches are built ahead of time. */
const STEP = 2048;

function* factsByArticle(facts: readonly FactRecord[]): Generator<void, Map<string, FactRecord[]>> {
  const byArticle = new Map<string, FactRecord[]>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    pushTo(byArticle, f.articleId, f);
    if (i % STEP === STEP - 1) yield;
  }
  return byArticle;
}

function* factWords(facts: readonly FactRecord[]): Generator<void, Set<string>> {
  const vocab = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    for (const t of facts[i].terms) vocab.add(t);
    if (i % STEP === STEP - 1) yield;
  }
  return vocab;
}

/**
 * Builds, in steps, what the first /ask on an index would otherwise build while the user waits
 * (about 0.2 s at 10 000 articles): run in the background after a start or a reindex. Returns for how
 * many articles it read every sentence's words (none when a question had already read them all).
 */
export function* prepareAsk(index: CoverageIndex): Generator<void, number> {
  const byArticle = termCaches.has(index) ? null : yield* factsByArticle(index.facts.all());
  if (byArticle && !termCaches.has(index)) termCaches.set(index, { byArticle, terms: new Map(), words: new Map() });
  const vocab = vocabularies.has(index) ? null : yield* factWords(index.facts.all());
  if (vocab && !vocabularies.has(index)) vocabularies.set(index, vocab);
  return yield* articleWordSets(index);
}

/**
 * Every article's word sets, a few articles at a time: choosing articles reads the words of all of
 * them, so the first question after a start would otherwise build them all while its user waits.
 */
function* articleWordSets(index: CoverageIndex): Generator<void, number> {
  const { byArticle, terms, words } = caches(index);
  let built = 0;
  let facts = 0;
  for (const [articleId, records] of byArticle) {
    if (words.has(articleId) && terms.has(articleId)) continue;
    if (!words.has(articleId)) built++;
    articleWords(index, articleId);
    articleTerms(index, articleId);
    facts += records.length;
    if (facts >= STEP) {
      facts = 0;
      yield;
    }
  }
  return built;
}

/**
 * Question words the coverage never uses, respelt to the nearest word it does: a typo
 * ("detaind"), a possessive typed without its apostrophe ("ortizs").
 */
export function correctSpelling(index: CoverageIndex, focus: FocusTerm[]): FocusTerm[] {
  const vocab = vocabulary(index);
  return focus.map((f) => {
    // A verb of speech frames the question ("think", "say"); it is never a typo of a content word.
    if (SPEECH_VERBS.includes(f.term)) return f;
    if (vocab.has(f.term) || f.alts.some((a) => vocab.has(a)) || inflections(f.term).some((w) => vocab.has(w))) return f;
    const fixed = respell(vocab, f.term);
    return fixed ? { ...f, term: fixed, alts: [...f.alts, f.term] } : f;
  });
}

function respell(vocab: Set<string>, term: string): string | null {
  if (term.endsWith('s') && vocab.has(term.slice(0, -1))) return term.slice(0, -1);
  if (term.length < 4) return null;
  // "countires", "sigend": two letters typed the wrong way round.
  const swapped = new Set<string>();
  for (let i = 0; i + 1 < term.length; i++) {
    const w = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (w === term) continue;
    // The vocabulary holds lemmas: "countrie" is "country", "signed" is "sign".
    const lemma = [w, w.replace(/ies?$/, 'y'), w.replace(/e?d$/, ''), w.replace(/s$/, '')].find((x) => x.length >= 3 && vocab.has(x));
    if (lemma) swapped.add(lemma);
  }
  if (swapped.size === 1) return [...swapped][0];
  const clipped = clippedName(vocab, term);
  if (clipped) return clipped;
  let found: string | null = null;
  for (const w of vocab) {
    if (Math.abs(w.length - term.length) > 1 || !editDistanceAtMostOne(w, term)) continue;
    if (found && found !== w) return null;
    found = w;
  }
  return found;
}

/**
 * A clipped name ("zuck" for a long surname): the one long word the coverage uses that starts with
 * it, or several that are spellings of one word. Only for words at least twice as long as the clip.
 */
function clippedName(vocab: Set<string>, term: string): string | null {
  let found: string | null = null;
  for (const w of vocab) {
    if (w.length < term.length * 2 || !w.startsWith(term)) continue;
    if (found && !(found.length === w.length ? editDistanceAtMostOne(found, w) : false)) return null;
    found ??= w;
  }
  return found;
}
