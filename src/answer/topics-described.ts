import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';
import { baseForms, lookup, synset } from './wordnet.js';
import { COUNTED_GROUPS } from '../extract/lexicon.js';
import { pushTo } from '../model/multimap.js';

/**
 * Quotations the extractor credited to a description of a person it could not tie to a name
 * ("the longtime senator said", "the organizer added"): when the user names a speaker that the
 * same article quotes by name, such a quotation may well be theirs. It counts for less than one credited
 * to them, and less than one with their name beside it (see topics-named.ts).
 */

/** A quotation credited to a description of a person, in an article quoting the speaker by name, counts this much. */
export const DESCRIBED_FACTOR = 0.6;

/** How far up WordNet's more general senses a description's noun is followed to reach its kind ("person", "organization"). */
const MAX_DEPTH = 14;

/**
 * What a description stands for: a person ("the senator"), an organisation ("the union", "the
 * newspaper"), or something a person or body issued ("the letter", "the report", "the ad").
 */
export type DescribedKind = 'person' | 'organization' | 'document';

/**
 * The WordNet nouns (first sense) a description's noun must be a kind of to stand for a speaker of
 * that kind. A newspaper's first sense is the printed paper, a kind of print media, not of
 * organisation: "the newspaper wrote" is the paper's publisher speaking all the same.
 */
const KIND_ROOTS: Record<DescribedKind, readonly string[]> = { person: ['person'], organization: ['organization', 'print media'], document: ['communication'] };
/**
 * How many senses of each root word are roots: "communication" is first the act, then what is
 * communicated, which a letter, a report, a memo and an ad are kinds of.
 */
const ROOT_SENSES: Record<DescribedKind, number> = { person: 1, organization: 1, document: 2 };

const kindCache = new Map<string, boolean>();

/** Whether a noun's most frequent sense is a kind of one of `kind`'s roots (KIND_ROOTS), following more general senses. */
function isKindOf(noun: string, kind: DescribedKind): boolean {
  const key = `${kind}:${noun}`;
  const known = kindCache.get(key);
  if (known !== undefined) return known;
  const roots = new Set(KIND_ROOTS[kind].flatMap((r) => lookup(r, 'n')?.offsets.slice(0, ROOT_SENSES[kind]) ?? []));
  const first = lookup(noun, 'n')?.offsets[0];
  let found = false;
  if (roots.size > 0 && first !== undefined) {
    let level = [first];
    const seen = new Set<number>();
    for (let depth = 0; depth < MAX_DEPTH && level.length && !found; depth++) {
      const next: number[] = [];
      for (const offset of level) {
        if (roots.has(offset)) found = true;
        if (seen.has(offset)) continue;
        seen.add(offset);
        for (const p of synset(offset, 'n').pointers) if ((p.symbol === '@' || p.symbol === '@i') && p.pos === 'n') next.push(p.offset);
      }
      level = next;
    }
  }
  kindCache.set(key, found);
  return found;
}

/** Whether a noun's most frequent sense is a kind of person ("senator", "organizer"; not "letter", "poll"); `plural`: read as a plural too ("chairmen"). */
export function isPersonNoun(noun: string, plural = false): boolean {
  return (plural ? nounLemmas(noun) : [noun]).some((n) => isKindOf(n, 'person'));
}

/** Whether a noun's most frequent sense is a kind of organisation or of the press ("union", "agency", "newspaper"; not "statement", "senator"); `plural` as for isPersonNoun. */
export function isOrganisationNoun(noun: string, plural = false): boolean {
  return (plural ? nounLemmas(noun) : [noun]).some((n) => isKindOf(n, 'organization'));
}

/**
 * What a description stands for, if a person or an organisation. A plural counts only after "the":
 * "the committee chairmen wrote" speaks for each chairman the story has named, as "the chairman
 * wrote" does for one, but "a group of 32 experts" brings in people never named.
 */
function describedKind(noun: string, speaker: string): DescribedKind | null {
  const plural = /^the\s/i.test(speaker);
  if (isPersonNoun(noun, plural)) return 'person';
  if (isOrganisationNoun(noun, plural)) return 'organization';
  return (plural ? nounLemmas(noun) : [noun]).some((n) => isKindOf(n, 'document')) ? 'document' : null;
}

/** The noun as written when WordNet has it, else its singular ("chairmen" → "chairman"): WordNet lists no plural of its own. */
function nounLemmas(noun: string): string[] {
  if (lookup(noun, 'n')) return [noun];
  return baseForms(noun)
    .filter((b) => b.pos === 'n')
    .map((b) => b.lemma);
}

/**
 * "the longtime senator" → "senator": a description's head noun, or null when the speaker is a name
 * or nothing. An age ("the 46-year-old") stands for a person, as news writes once they are introduced;
 * `before`, the article's words just before the credited mention, completes an age the mention
 * holds only the end of ("old" of "the 43-year-old"). `group`: the extractor tied the speaker to no
 * name; then a description without its article that opens with a capital is one too ("…, the
 * veteran senator and Democratic presidential candidate told reporters" credits "Democratic
 * presidential candidate"); not one opening with another determiner ("one party aide", "some
 * donors"): an unnamed source, never the one the story names.
 */
function describedNoun(speaker: string | null, before = '', group = false): string | null {
  if (!speaker) return null;
  if (before && AGED_PERSON.test(`${before}${speaker}`)) return 'person';
  if (!/^(the|a|an)\s/i.test(speaker) && !(group && /^\p{Lu}/u.test(speaker))) return null;
  const words = tokenize(speaker);
  if (words.length < 2) return null;
  const head = words[words.length - 1];
  // "the two write": people the story has just named.
  return AGE_HEAD.test(speaker) || (words.length === 2 && COUNTED_GROUPS.has(head)) ? 'person' : head;
}

/** A description ending in an age written as one word: "the 46-year-old". */
const AGE_HEAD = /\d+[-\u2010\u2011 ]years?[-\u2010\u2011 ]old$/i;

/** An age with its article at the end of a text: "… said the 46-year-old". */
const AGED_PERSON = /\b(the|a|an)\s+\d+[-\u2010\u2011 ]years?[-\u2010\u2011 ]old$/i;

/** How many characters before a credited mention are read for the start of an age it is the end of. */
const AGE_LOOKBACK = 16;

/** The article's words just before the mention a quotation is credited through, when the mention may be the end of an age. */
function textBeforeMention(index: CoverageIndex, q: QuoteRecord): string {
  const m = q.speakerMention;
  if (!m || !/^old$/i.test(m.text)) return '';
  const text = index.search.articles.get(q.articleId)?.text ?? '';
  return text.slice(Math.max(0, m.start - AGE_LOOKBACK), m.start);
}

/** A quotation credited to a description, and what the description stands for. */
interface Described {
  quote: QuoteRecord;
  kind: DescribedKind;
}

/** Quotations credited to descriptions: per article those of a person or an organisation, and per head noun (singular too) all of them. */
interface DescribedTables {
  byArticle: Map<string, Described[]>;
  byNoun: Map<string, QuoteRecord[]>;
  /** Those credited to a document or message ("the letter", "the report", "the ad"). */
  documents: IssuedDocument[];
}

/** A quotation credited to a document, with the words of the story where its issuer is named (issuerWords). */
interface IssuedDocument {
  quote: QuoteRecord;
  before: readonly string[];
}

const describedCache = new WeakMap<CoverageIndex, DescribedTables>();

/** The tables of quotations credited to a description: read once per index. */
function describedTables(index: CoverageIndex): DescribedTables {
  let tables = describedCache.get(index);
  if (!tables) {
    tables = { byArticle: new Map(), byNoun: new Map(), documents: [] };
    for (const q of index.search.quotes) {
      const noun = describedNoun(q.speaker, textBeforeMention(index, q), q.speakerId?.startsWith('group:'));
      const bare = noun ?? bareTitle(q);
      if (bare !== null) for (const n of new Set([bare, ...nounLemmas(bare)])) pushTo(tables.byNoun, n, q);
      if (noun === null) continue;
      const kind = describedKind(noun, q.speaker ?? '');
      if (kind === 'document') tables.documents.push({ quote: q, before: issuerWords(index, q) });
      else if (kind !== null) pushTo(tables.byArticle, q.articleId, { quote: q, kind });
    }
    describedCache.set(index, tables);
  }
  return tables;
}

/**
 * "King says …": a credited speaker of one word the extractor took for a title, not a name (a
 * description it tied to no one). When the story has written a name ending in it before ("Tennis
 * great Mira King"), it is that name's short form; see calledByHead.
 */
function bareTitle(q: QuoteRecord): string | null {
  if (!q.speakerId?.startsWith('group:') || !q.speaker) return null;
  const words = tokenize(q.speaker);
  return words.length === 1 && /^\p{Lu}/u.test(q.speaker) ? words[0] : null;
}

/** Per index, the articles each person or organisation appears in by entity id, and each person's by each word of their names. */
interface PeopleArticles {
  byId: Map<string, { kind: DescribedKind; articles: readonly string[]; names: readonly string[] }>;
  byWord: Map<string, Set<string>>;
}

const peopleCache = new WeakMap<CoverageIndex, PeopleArticles>();

function peopleArticles(index: CoverageIndex): PeopleArticles {
  let people = peopleCache.get(index);
  if (!people) {
    people = { byId: new Map(), byWord: new Map() };
    for (const e of index.search.entities) {
      const names = [e.name, ...e.aliases];
      if (e.kind === 'organization') people.byId.set(e.id, { kind: 'organization', articles: e.articles, names });
      if (e.kind !== 'person') continue;
      people.byId.set(e.id, { kind: 'person', articles: e.articles, names });
      for (const w of tokenize([e.name, ...e.aliases].join(' '))) {
        const set = people.byWord.get(w) ?? new Set<string>();
        for (const a of e.articles) set.add(a);
        people.byWord.set(w, set);
      }
    }
    peopleCache.set(index, people);
  }
  return people;
}

/**
 * Quotations credited to a description (not to `speakerIds`) in the articles where one of
 * `speakerIds`, or a person whose name holds `name` (the typed surname), appears; in article
 * order. A description of a person counts for a person; one of an organisation ("the union
 * wrote") for an organisation of `speakerIds` the story has named before the quotation: a
 * description refers back to one already introduced, and a union is not the senator it endorsed.
 * Read from tables built once per index, so a search does not grow with the coverage.
 */
export function describedPool(index: CoverageIndex, name: string | null, speakerIds: readonly string[], typed = ''): QuoteRecord[] {
  const wanted = new Set(speakerIds);
  const people = peopleArticles(index);
  const persons = new Set<string>();
  const organisations = new Map<string, string[]>();
  for (const id of speakerIds) {
    const known = people.byId.get(id);
    if (known?.kind === 'person') for (const a of known.articles) persons.add(a);
    if (known?.kind === 'organization') for (const a of known.articles) organisations.set(a, [...(organisations.get(a) ?? []), ...known.names]);
  }
  for (const a of name ? (people.byWord.get(name) ?? []) : []) persons.add(a);
  const { byArticle, documents } = describedTables(index);
  const fits = (d: Described): boolean =>
    d.kind === 'person'
      ? persons.has(d.quote.articleId) && !namesTyped(d.quote, name)
      : d.kind === 'organization' && namedBefore(index, d.quote, organisations.get(d.quote.articleId) ?? []);
  const ofKind = [...new Set([...persons, ...organisations.keys()])].flatMap((a) =>
    (byArticle.get(a) ?? []).filter((d) => !wanted.has(d.quote.speakerId ?? '') && fits(d)).map((d) => d.quote),
  );
  const names = [typed.replace(/^(?:the|an?)\s+/i, ''), ...speakerIds.flatMap((id) => people.byId.get(id)?.names ?? [])];
  const issued = documents.filter((d) => !wanted.has(d.quote.speakerId ?? '') && issuedBy(d.before, names)).map((d) => d.quote);
  const found = new Set([...ofKind, ...issued]);
  return [...ofKind, ...issued, ...calledByHead(index, typed).filter((q) => !found.has(q) && !wanted.has(q.speakerId ?? ''))];
}

/**
 * A description without its article that holds the speaker's typed surname ("Ruiz's campaign
 * manager") is someone of theirs, not them.
 */
function namesTyped(q: QuoteRecord, name: string | null): boolean {
  return name !== null && !/^(the|a|an)\s/i.test(q.speaker ?? '') && tokenize(q.speaker ?? '').includes(name);
}

/** How many paragraphs before a quotation's own are read for who issued the document it is credited to. */
const ISSUER_PARAGRAPHS = 2;

/**
 * Where a story names who issued a document it quotes: a story introduces a letter, a report or
 * an ad with who issued it ("The Harbor Tenants Union and nine other groups wrote to the mayor on
 * Monday") in the paragraph that quotes it or just before. The words from the start of the
 * ISSUER_PARAGRAPHS paragraphs before the quotation's own up to it, read once per index.
 */
function issuerWords(index: CoverageIndex, q: QuoteRecord): string[] {
  const article = index.search.articles.get(q.articleId);
  if (!article) return [];
  const paragraphs = article.paragraphs ?? [];
  const own = paragraphs.findIndex((p) => p.start <= q.start && p.end >= q.start);
  const from = own >= 0 ? paragraphs[Math.max(0, own - ISSUER_PARAGRAPHS)].start : 0;
  return tokenize(article.text.slice(from, q.start));
}

/** Whether a document whose story reads `words` before it (issuerWords) was issued by one of `names`: the name's words in a row. */
function issuedBy(words: readonly string[], names: readonly string[]): boolean {
  return names.some((n) => {
    const run = tokenize(n);
    return run.length > 0 && words.some((_, i) => run.every((w, k) => words[i + k] === w));
  });
}

/**
 * Quotations credited to a description whose noun is a word of the speaker's name as typed, in a
 * story that writes that name before the quotation: "the board ruled" after "the Illinois Board of
 * Elections", "the team said" after "the Harbor City rowing team". A story calls a body it has
 * named by its name's head noun, whatever WordNet makes of that noun and whether or not the
 * extractor tied the name to anything; a name of one word names nothing by a part.
 */
function calledByHead(index: CoverageIndex, typed: string): QuoteRecord[] {
  const name = tokenize(typed.replace(/^(?:the|an?)\s+/i, ''));
  if (name.length < 2) return [];
  const { byNoun } = describedTables(index);
  const described = [...new Set(name.flatMap((w) => byNoun.get(w) ?? []))];
  // The name's words in a row as tokenize reads them (any case, accents folded, whatever stands between them:
  // "Board of Elections", "board-of-elections").
  return described.filter((q) => holdsRunBefore(articleWords(index, q.articleId), q.start, name));
}

/**
 * An article's words as tokenize reads them, read once per index: each whitespace-separated chunk on
 * its own (tokenize never joins words across whitespace, so the chunks' words in order are the text's),
 * where each chunk ends, and where each word stands, so that the words before any offset are a prefix
 * of them, found without reading the text again.
 */
interface ArticleWords {
  text: string;
  words: string[];
  /** Per chunk: its end offset in the text and the index of its first word. */
  chunks: Array<{ start: number; end: number; firstWord: number }>;
  /** Each word's positions in `words`, ascending. */
  at: Map<string, number[]>;
}

const wordsCache = new WeakMap<CoverageIndex, Map<string, ArticleWords>>();

function articleWords(index: CoverageIndex, articleId: string): ArticleWords {
  let perArticle = wordsCache.get(index);
  if (!perArticle) {
    perArticle = new Map();
    wordsCache.set(index, perArticle);
  }
  let read = perArticle.get(articleId);
  if (!read) {
    const text = index.search.articles.get(articleId)?.text ?? '';
    read = { text, words: [], chunks: [], at: new Map() };
    for (const m of text.matchAll(/\S+/g)) {
      const start = m.index ?? 0;
      read.chunks.push({ start, end: start + m[0].length, firstWord: read.words.length });
      for (const w of tokenize(m[0])) {
        pushTo(read.at, w, read.words.length);
        read.words.push(w);
      }
    }
    perArticle.set(articleId, read);
  }
  return read;
}

/** Whether the article's words before `offset` (as tokenize reads the text up to it) hold `run` as consecutive words. */
function holdsRunBefore(article: ArticleWords, offset: number, run: readonly string[]): boolean {
  // The chunks wholly before the offset give a prefix of the words; a chunk the offset cuts is read up to it.
  let lo = 0;
  let hi = article.chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (article.chunks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const cut = article.chunks[lo];
  const whole = cut ? cut.firstWord : article.words.length;
  const tail = cut && cut.start < offset ? tokenize(article.text.slice(cut.start, offset)) : [];
  const total = whole + tail.length;
  const wordAt = (k: number) => (k < whole ? article.words[k] : tail[k - whole]);
  const starts = [...(article.at.get(run[0]) ?? []).filter((k) => k < whole), ...tail.flatMap((w, j) => (w === run[0] ? [whole + j] : []))];
  return starts.some((i) => i + run.length <= total && run.every((w, k) => wordAt(i + k) === w));
}

/** Whether the quotation's article writes one of `names`, as written (capitals and all), before the quotation. */
function namedBefore(index: CoverageIndex, q: QuoteRecord, names: readonly string[]): boolean {
  const before = index.search.articles.get(q.articleId)?.text.slice(0, q.start) ?? '';
  return names.some((n) => n !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u').test(before));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
