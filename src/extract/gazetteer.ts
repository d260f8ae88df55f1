import { editDistanceAtMostOne } from '../nlp/distance.js';
import type { Entity } from '../model/records.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { bareWord, lemma } from '../nlp/lemma.js';
import { gapBetween, has, isCapitalised, tightGap, wordsOf } from '../nlp/tokens.js';
import { markBoundOrganisations } from './org-names.js';
import { HONORIFICS, INSTITUTION_HEADS, NAME_PARTICLES, NAME_SUFFIXES, ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLES } from './lexicon.js';
import { pushTo } from '../model/multimap.js';

/**
 * What one article teaches about its own names: the full names of its people (so a bare
 * "Ortiz" or a misspelt surname resolves to "Elena Ortiz"), the words it uses for
 * organisations and places, and the titles it gives people ("Acme CEO Ana Ruiz" makes a later
 * "the Acme CEO" mean Ana Ruiz).
 */
export interface Gazetteer {
  /** Canonical full names with how often each is written out. */
  people: Map<string, number>;
  orgs: Set<string>;
  places: Set<string>;
  /** Title key ("acme ceo", "mayor") → canonical names it was seen before. */
  titles: Map<string, Set<string>>;
  /** Names the article binds to an organisation in some sentence (org-names.ts), by their lower-case key. */
  orgNames: Set<string>;
}

export function buildGazetteer(text: string, sentences: Sentence[], entities: Entity[]): Gazetteer {
  const gaz: Gazetteer = { people: new Map(), orgs: new Set(), places: new Set(), titles: new Map(), orgNames: new Set() };
  learnOrgsAndPlaces(gaz, text, sentences);
  // The speakers' entities know names compromise does not ("Priya Nandakumar"); they also hold
  // titles and headline words ("Acme CEO", "Will Acme"), so only full names written in the body count.
  const cast = castIndex(castNames(text, entities, gaz));
  for (const s of sentences) {
    const words = nameWordsOf(text, s);
    const runs = personRuns(text, words);
    for (const run of castRuns(words, cast)) if (!runs.some((r) => r.includes(run[0]) || holdsName(run, r, ofTitle(words, run[0])))) runs.push(run);
    for (const found of runs) {
      const last = words.indexOf(found[found.length - 1]);
      // "Joseph Marsh Jr.": the name as the name reader writes it, suffix and initials' periods included
      const run = nameSuffix(text, words, last) === null ? found : [...found, words[last + 1]];
      const name = writtenName(text, run);
      // "Will Acme …?" is a question, not a person: a word the article uses for an organisation or place never makes a name.
      if (found.length < 2 || found.some((t) => gaz.orgs.has(bareWord(t)) || gaz.places.has(bareWord(t)))) continue;
      gaz.people.set(name, (gaz.people.get(name) ?? 0) + 1);
      const key = titleBefore(text, words, words.indexOf(run[0])).map(lemma).join(' ');
      if (key) addTitle(gaz, key, name);
    }
  }
  foldIntoSuffixed(gaz);
  learnOrganisationNames(gaz, text, sentences);
  return gaz;
}

/**
 * "Centamin, a mining company" in one sentence, "worked for Centamin" in another: a name one
 * sentence binds to an organisation names it in every sentence, where nothing else types it.
 */
function learnOrganisationNames(gaz: Gazetteer, text: string, sentences: Sentence[]): void {
  for (const s of sentences) {
    const words = nameWordsOf(text, s);
    const kinds = words.map((t) => roughKind(gaz, t));
    for (const key of markBoundOrganisations(text, words, kinds)) gaz.orgNames.add(key);
  }
}

/** A word's kind from its tags and the article's votes alone, before the name reader's rules. */
function roughKind(gaz: Gazetteer, t: Token): 'person' | 'place' | 'organization' | null {
  if (!isCapitalised(t)) return null;
  const w = bareWord(t);
  if (isPersonToken(t) || isKnownPersonWord(gaz, w)) return 'person';
  if (has(t, 'Place', 'Country', 'City', 'Region') || gaz.places.has(w)) return 'place';
  return has(t, 'Organization') || gaz.orgs.has(w) ? 'organization' : null;
}

/** "Joseph Marsh" written beside "Joseph Marsh Jr." is him: one name, so a bare "Marsh" still resolves. */
function foldIntoSuffixed(gaz: Gazetteer): void {
  for (const [name, count] of [...gaz.people]) {
    const full = withSuffix(gaz, name);
    if (full === name || !gaz.people.has(full)) continue;
    gaz.people.set(full, (gaz.people.get(full) ?? 0) + count);
    gaz.people.delete(name);
  }
}

/**
 * Words the article mostly tags as organisations or places. A majority vote, because compromise
 * tags the same word differently from sentence to sentence ("Ford" in "Ford Theatre").
 */
function learnOrgsAndPlaces(gaz: Gazetteer, text: string, sentences: Sentence[]): void {
  const votes = new Map<string, { org: number; place: number; person: number }>();
  for (const s of sentences) {
    const words = nameWordsOf(text, s);
    const inName = new Set(
      personRuns(text, words)
        .filter((r) => r.length > 1)
        .flat(),
    );
    for (const t of words) {
      if (!isCapitalised(t)) continue;
      const w = bareWord(t);
      const v = votes.get(w) ?? { org: 0, place: 0, person: 0 };
      // Possessives ("Ortiz's administration") are the tokens compromise mistags most.
      if (has(t, 'Possessive')) v.person += inName.has(t) ? 1 : 0;
      else if (has(t, 'Organization')) v.org++;
      else if (has(t, 'Place', 'Country', 'City', 'Region')) v.place++;
      else if (isPersonToken(t) || inName.has(t)) v.person++;
      votes.set(w, v);
    }
  }
  for (const [w, v] of votes) {
    if (v.org > v.person && v.org >= v.place) gaz.orgs.add(w);
    else if (v.place > v.person) gaz.places.add(w);
  }
}

/** Person entities' full names (two or more capitalised words) written in the article's body, none an organisation or place word. */
function castNames(text: string, entities: Entity[], gaz: Gazetteer): string[][] {
  const body = text.slice(text.indexOf('\n') + 1);
  return (
    entities
      .filter((e) => e.kind === 'person')
      .map((e) => e.name.split(/\s+/))
      .filter(
        (parts) =>
          parts.length >= 2 && parts.every((p) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(p) && !gaz.orgs.has(p.toLowerCase()) && !gaz.places.has(p.toLowerCase())),
      )
      // "National Convention": an institution's head ends an organisation's name, never a person's
      .filter((parts) => !INSTITUTION_HEADS.has(parts[parts.length - 1].toLowerCase()) && writtenAsName(body, parts))
  );
}

/**
 * Where the body writes a cast name as a name of its own: not only ever as the tail of a longer
 * capitalised name ("National Convention" of "the Democratic National Convention"), though a title
 * may stand before it ("Sen. Ana Ruiz", "President Ana Ruiz").
 */
function writtenAsName(body: string, parts: string[]): boolean {
  for (const m of body.matchAll(new RegExp(`(\\S+)?(\\s*)\\b${parts.join('\\s+')}\\b`, 'gu'))) {
    const before = (m[1] ?? '').replace(/^\P{L}+/u, '');
    // a capitalised word that opens its sentence ("But Ana Ruiz said") is no part of a longer name
    const opens = /(?:^|[.!?:;"“”‘’(—\n])\s*$/u.test(body.slice(0, m.index));
    const lead = /^\p{Lu}[\p{L}'’-]*$/u.test(before) && m[2] !== '' && !/\n/.test(m[2]) && !opens;
    if (!lead || isTitleWord(before)) return true;
  }
  return false;
}

/** A title that may stand right before a name: "Sen.", "President", "Senators", "Mrs.", "Democrat", the "State" of "Secretary of State". */
function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return [w, w.replace(/s$/, '')].some((t) => TITLES.has(t) || ROLE_NOUNS.has(t) || TITLE_ABBREVIATIONS.has(t) || HONORIFICS.has(t));
}

/**
 * "Chief of Staff Cheryl Mills", "fellow Kentuckian Rand Paul": a speaker's entity may carry a
 * title's tail or a demonym before a full name the tagger reads by itself; that name is the name.
 */
function holdsName(castRun: Token[], run: Token[], afterOfTitle: boolean): boolean {
  if (run.length < 2 || !run.every((t) => castRun.includes(t))) return false;
  if (afterOfTitle) return true;
  // "Maryanne Trump Barry": a first name the tagger does not know is still the name's
  return castRun
    .filter((t) => !run.includes(t))
    .every((t) => !has(t, 'FirstName', 'LastName') && (has(t, 'Actor', 'Honorific', 'Demonym') || DEMONYM.test(t.text)));
}

/** "Director of [Government Affairs Phil Smith]", "Undersecretary for [Political Affairs …]": the words after a title's "of" or "for" are the title's, up to the name. */
function ofTitle(words: Token[], first: Token): boolean {
  const at = words.indexOf(first);
  return at >= 2 && /^(of|for)$/.test(words[at - 1].text) && isCapitalised(words[at - 2]) && TITLES.has(bareWord(words[at - 2]));
}

/** How a demonym ends: "Kentuckian", "Texan", "Vermonter", "Brooklynite", "Vietnamese". */
const DEMONYM = /\p{Ll}(?:an|er|ite|ese)$/u;

/** Where a sentence writes one of those names out in full. */
function castRuns(words: Token[], cast: CastIndex): Token[][] {
  const found: Array<[number, number, number]> = [];
  words.forEach((word, i) => {
    for (const [order, parts] of cast.get(bareWord(word)) ?? []) {
      if (i + parts.length <= words.length && parts.every((p, k) => bareWord(words[i + k]) === p)) found.push([order, i, parts.length]);
    }
  });
  // in the order of the cast, then of the words: the order the runs were found in before the index
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i, n]) => words.slice(i, i + n));
}

/** The cast's names (lower case, with their place in the cast) by first word: a sentence looks up only the names its words start. */
type CastIndex = Map<string, Array<[number, string[]]>>;

function castIndex(cast: string[][]): CastIndex {
  const index: CastIndex = new Map();
  cast.forEach((parts, order) => {
    const lower = parts.map((p) => p.toLowerCase());
    const list = index.get(lower[0]) ?? [];
    list.push([order, lower]);
    index.set(lower[0], list);
  });
  return index;
}

function addTitle(gaz: Gazetteer, key: string, name: string): void {
  // The head noun alone ("president") also names the person when nobody else holds it.
  for (const k of new Set([key, key.split(' ').at(-1) ?? key])) {
    const set = gaz.titles.get(k) ?? new Set<string>();
    set.add(name);
    gaz.titles.set(k, set);
  }
}

/**
 * A sentence's words for reading names. compromise tags every word of "Marco Rubio’s" or "New
 * York’s" as possessive, and a possessive ends a name: only the word that carries the apostrophe owns.
 */
export function nameWordsOf(text: string, sentence: Sentence): Token[] {
  const owns = (t: Token) => OWNS.test(t.text) || APOSTROPHE.test(text.charAt(t.end));
  return wordsOf(sentence).map((t) => (has(t, 'Possessive') && !owns(t) ? { ...t, tags: t.tags.filter((tag) => tag !== 'Possessive') } : t));
}

/** The apostrophe a possessive is written with, in the word ("Ruiz's", "Ruiz’s") or right after it ("Sanders’"). */
const OWNS = /['’‘][sS]?$/u;
const APOSTROPHE = /['’‘]/u;

/** Tokens compromise tags as a person, plus an unknown surname right after a known first name. */
export function personRuns(text: string, words: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const prev = run.at(-1);
    const joins = prev !== undefined && (tightGap(text, prev, t) || nameGap(text, prev, t)) && !has(prev, 'Possessive');
    const surnameAfterFirst =
      prev !== undefined && joins && has(prev, 'FirstName') && isCapitalised(t) && !has(t, 'Place', 'Organization', 'Date', 'Value', 'Verb');
    if ((isPersonToken(t) && !describesName(text, words, i)) || surnameAfterFirst) {
      if (!joins) close();
      run.push(t);
    } else close();
  }
  close();
  return runs;
}

/**
 * "fellow Kentuckian Tom Walsh", "the Ohioan Ana Ruiz": the tagger reads a word it does not know
 * before a first name and a surname as a person too; a word that is neither a first name nor a
 * surname, before a full name, describes the person (a demonym, an adjective) and is no part of the name.
 */
export function describesName(text: string, words: Token[], at: number): boolean {
  const [t, first, last] = [words[at], words[at + 1], words[at + 2]];
  if (!first || !last || has(t, 'FirstName', 'LastName', 'Honorific') || !has(first, 'FirstName') || !has(last, 'Person')) return false;
  return tightGap(text, t, first) && tightGap(text, first, last) && !has(first, 'Possessive');
}

export function isPersonToken(t: Token): boolean {
  // compromise tags titles such as "Mayor" as Person + Actor; a title is context, not the name.
  const title = has(t, 'Actor') && !has(t, 'FirstName', 'LastName');
  return has(t, 'Person') && !has(t, 'Honorific', 'Pronoun') && !title;
}

/**
 * The generational suffix right after the word at `at` ("Jr.", ", Jr.", "III"), as the text writes
 * it with its comma and period, or null. It is part of the name: "Joseph Marsh Jr." and his father
 * "Joseph Marsh Sr." are two people.
 */
export function nameSuffix(text: string, words: Token[], at: number): string | null {
  const t = words[at + 1];
  if (!t || has(words[at], 'Possessive') || !isNameSuffix(t.text)) return null;
  const gap = gapBetween(text, words[at], t);
  if (!/^,? $/.test(gap)) return null;
  return `${gap.startsWith(',') ? ',' : ''} ${t.text}${text.charAt(t.end) === '.' ? '.' : ''}`;
}

/** "Jr", "Sr.", "III", not "iii" or "Ii": a roman numeral is written in capitals. */
function isNameSuffix(word: string): boolean {
  const bare = word.replace(/[.,]$/u, '');
  return NAME_SUFFIXES.has(bare.toLowerCase()) && (/^[JS]r$/iu.test(bare) ? /^\p{Lu}/u.test(bare) : bare === bare.toUpperCase());
}

/** "Dan-el", "Ocasio-Cortez": the tagger splits a hyphenated name in two; the text does not. */
export function hyphenGap(text: string, a: Token, b: Token): boolean {
  return gapBetween(text, a, b) === '-';
}

/** Punctuation inside one person's name: a hyphen, or the period after an initial ("J. R. Tolliver"). */
export function nameGap(text: string, a: Token, b: Token): boolean {
  return hyphenGap(text, a, b) || (isInitial(a) && /^\.\s?$/.test(gapBetween(text, a, b)));
}

/** A person's name as written: "Dan-el Okafor", "J. R. Tolliver", without a possessive. */
export function writtenName(text: string, tokens: Token[]): string {
  const suffix = tokens.length > 1 ? nameSuffix(text, tokens, tokens.length - 2) : null;
  if (suffix !== null) return writtenName(text, tokens.slice(0, -1)) + suffix;
  return tokens
    .map((t, k) => {
      const next = tokens[k + 1];
      const part = nameOf([t]);
      if (!next) return part;
      if (hyphenGap(text, t, next)) return `${part}-`;
      return nameGap(text, t, next) ? `${part}. ` : `${part} `;
    })
    .join('');
}

export function isInitial(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text);
}

/** A person's name as written, without possessive or brackets: "Ana [Ruiz]'s" → "Ana Ruiz". */
export function nameOf(run: Token[]): string {
  return run
    .map((t) => t.text.replace(/['’‘]s$/iu, '').replace(/[^\p{L}\p{N}.'-]/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/** The title words right before a name: "Acme CEO", "President", "United States President". */
export function titleBefore(text: string, words: Token[], at: number): Token[] {
  const out: Token[] = [];
  for (let i = at - 1; i >= 0 && out.length < 3; i--) {
    const t = words[i];
    if (!tightGap(text, t, words[i + 1]) || has(t, 'Possessive', 'Determiner', 'Verb', 'Value', 'Date', 'Pronoun')) break;
    const titleWord = has(t, 'Honorific', 'Actor') || (has(t, 'Noun') && !has(t, 'Plural')) || (has(t, 'ProperNoun', 'Adjective') && isCapitalised(t));
    if (!titleWord || (has(t, 'Person') && !has(t, 'Actor', 'Honorific'))) break;
    out.unshift(t);
  }
  return out;
}

/** The canonical person a name as written refers to in this article. */
export function resolvePerson(gaz: Gazetteer, written: string): string {
  const parts = written.split(' ');
  if (parts.length > 1) return particleSurname(gaz, parts) ?? withSuffix(gaz, written);
  const w = written.toLowerCase();
  const index = peopleIndex(gaz);
  const byLast = best(gaz, index.byLast.get(w) ?? []) ?? best(gaz, index.byFirst.get(w) ?? []);
  if (byLast) return byLast;
  return w.length >= 6 ? (best(gaz, nearLast(index, w)) ?? written) : written;
}

/** "de Vos" is "Pierre de Vos" when the article writes one name ending in it: a surname with its particles, resolved as a bare surname is. */
function particleSurname(gaz: Gazetteer, parts: string[]): string | null {
  if (!parts.slice(0, -1).every((p) => NAME_PARTICLES.has(p))) return null;
  const written = ` ${parts.join(' ')}`.toLowerCase();
  const names = (peopleIndex(gaz).byLast.get(parts[parts.length - 1].toLowerCase()) ?? []).filter((n) => n.toLowerCase().endsWith(written));
  return best(gaz, names);
}

/** "Joseph Marsh" is "Joseph Marsh Jr." when the article writes the name with a suffix and with no other. */
function withSuffix(gaz: Gazetteer, written: string): string {
  // an initial may be written with its period or without ("Joseph R Marsh")
  const key = (name: string) => name.replace(/\b(\p{Lu})\./gu, '$1');
  const tails = (peopleIndex(gaz).byFirst.get(written.split(' ')[0].toLowerCase()) ?? [])
    .map((n) => (key(n).startsWith(key(written)) ? key(n).slice(key(written).length) : ''))
    .filter((tail) => /^,? \S+$/u.test(tail) && isNameSuffix(tail.trim().replace(/^,\s*/, '')));
  return tails.length === 1 ? written + tails[0] : written;
}

/** True when a capitalised word is one of this article's people's names. */
export function isKnownPersonWord(gaz: Gazetteer, word: string): boolean {
  if (word.length < 2) return false;
  const index = peopleIndex(gaz);
  return index.parts.has(word) || (word.length >= 6 && nearLast(index, word).length > 0);
}

/**
 * The people's names by first word, last word and the last word's one-letter deletions. Looking
 * every name over for every word made extraction quadratic in an article's length, since the
 * cast grows with it. Rebuilt when a name was added since (names are only ever added).
 */
interface PeopleIndex {
  size: number;
  /** Every word of every name, lower case. */
  parts: Set<string>;
  byFirst: Map<string, string[]>;
  byLast: Map<string, string[]>;
  /** A last word, and each of its one-letter deletions → the names ending in it. */
  near: Map<string, string[]>;
  /** Insertion order of the names: `best` breaks ties by it, as a scan of the map did. */
  rank: Map<string, number>;
}

const indexes = new WeakMap<Gazetteer, PeopleIndex>();

function peopleIndex(gaz: Gazetteer): PeopleIndex {
  const cached = indexes.get(gaz);
  if (cached && cached.size === gaz.people.size) return cached;
  const index: PeopleIndex = { size: gaz.people.size, parts: new Set(), byFirst: new Map(), byLast: new Map(), near: new Map(), rank: new Map() };
  for (const name of gaz.people.keys()) {
    const parts = name.toLowerCase().replace(/,/g, '').split(' ');
    const last = lastWord(name);
    index.rank.set(name, index.rank.size);
    for (const p of parts) index.parts.add(p);
    pushTo(index.byFirst, parts[0], name);
    pushTo(index.byLast, last, name);
    // "Assad" is "Bashar al-Assad": the surname after a particle joined by a hyphen.
    const [particle, tail] = last.split(/-(.*)/u);
    if (tail && NAME_PARTICLES.has(particle)) pushTo(index.byLast, tail, name);
    for (const key of new Set(oneLetterDeletions(last))) pushTo(index.near, key, name);
  }
  indexes.set(gaz, index);
  return index;
}

/** The word itself and the word with each one letter left out. */
function oneLetterDeletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Names whose last word is at most one edit from `w`: two such words share the word or a one-letter deletion. */
function nearLast(index: PeopleIndex, w: string): string[] {
  const found = new Set<string>();
  for (const key of oneLetterDeletions(w)) for (const name of index.near.get(key) ?? []) if (editDistanceAtMostOne(lastWord(name), w)) found.add(name);
  return [...found].sort((a, b) => index.rank.get(a)! - index.rank.get(b)!);
}

/** The one person a title points to, or null when it is unknown or shared. */
export function titleHolder(gaz: Gazetteer, key: string): string | null {
  const set = gaz.titles.get(key);
  return set && set.size === 1 ? [...set][0] : null;
}

/** The title words this article gives a person elsewhere ("mayor" for "Mayor Elena Ortiz"). */
export function titlesOf(gaz: Gazetteer, name: string): string[] {
  return [...gaz.titles].filter(([, holders]) => holders.size === 1 && holders.has(name)).flatMap(([key]) => key.split(' '));
}

/** The surname: "Marsh" of "Joseph Marsh, Jr.". */
function lastWord(name: string): string {
  const parts = name.replace(/,/g, '').split(' ');
  const last = parts.length > 1 && isNameSuffix(parts[parts.length - 1]) ? parts[parts.length - 2] : parts.at(-1);
  return (last ?? '').toLowerCase();
}

/** The most written of `names` (in the order the article first wrote them), or null when there is none or two tie. */
function best(gaz: Gazetteer, names: readonly string[]): string | null {
  const hits = names.map((n): [string, number] => [n, gaz.people.get(n) ?? 0]).sort((a, b) => b[1] - a[1]);
  if (hits.length === 0) return null;
  return hits.length === 1 || hits[0][1] > hits[1][1] ? hits[0][0] : null;
}
