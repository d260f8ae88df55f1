import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';
import { lookup, synset } from './wordnet.js';

/**
 * Quotations the extractor credited to a description of a person it could not tie to a name
 * ("the longtime senator said", "the organizer added"): when the user names a speaker that the
 * same article quotes by name, such a quotation may well be theirs. It counts for less than one credited
 * to them, and less than one with their name beside it (see topics-named.ts).
 */

/** A quotation credited to a description of a person, in an article quoting the speaker by name, counts this much. */
export const DESCRIBED_FACTOR = 0.6;

/** How far up WordNet's more general senses a description's noun is followed to reach "person". */
const MAX_DEPTH = 14;

const personCache = new Map<string, boolean>();

/** Whether a noun's most frequent sense is a kind of person ("senator", "organizer"; not "letter", "poll"). */
export function isPersonNoun(noun: string): boolean {
  const known = personCache.get(noun);
  if (known !== undefined) return known;
  const person = lookup('person', 'n')?.offsets[0];
  const first = lookup(noun, 'n')?.offsets[0];
  let found = false;
  if (person !== undefined && first !== undefined) {
    let level = [first];
    const seen = new Set<number>();
    for (let depth = 0; depth < MAX_DEPTH && level.length && !found; depth++) {
      const next: number[] = [];
      for (const offset of level) {
        if (offset === person) found = true;
        if (seen.has(offset)) continue;
        seen.add(offset);
        for (const p of synset(offset, 'n').pointers) if ((p.symbol === '@' || p.symbol === '@i') && p.pos === 'n') next.push(p.offset);
      }
      level = next;
    }
  }
  personCache.set(noun, found);
  return found;
}

/**
 * "the longtime senator" → "senator": a description's head noun, or null when the speaker is a name
 * or nothing. An age ("the 46-year-old") stands for a person, as news writes once they are introduced.
 */
function describedNoun(speaker: string | null): string | null {
  if (!speaker || !/^(the|a|an)\s/i.test(speaker)) return null;
  const words = tokenize(speaker);
  if (words.length < 2) return null;
  return AGE_HEAD.test(speaker) ? 'person' : words[words.length - 1];
}

/** A description ending in an age written as one word: "the 46-year-old". */
const AGE_HEAD = /\d+[-\u2010\u2011 ]years?[-\u2010\u2011 ]old$/i;

const describedCache = new WeakMap<CoverageIndex, Map<string, QuoteRecord[]>>();

/** Per article, its quotations credited to a description of a person: read once per index. */
function describedByArticle(index: CoverageIndex): Map<string, QuoteRecord[]> {
  let byArticle = describedCache.get(index);
  if (!byArticle) {
    byArticle = new Map();
    for (const q of index.search.quotes) {
      const noun = describedNoun(q.speaker);
      if (noun === null || !isPersonNoun(noun)) continue;
      const list = byArticle.get(q.articleId);
      if (list) list.push(q);
      else byArticle.set(q.articleId, [q]);
    }
    describedCache.set(index, byArticle);
  }
  return byArticle;
}

/** Per index, the articles each person appears in, by entity id and by each word of their names. */
interface PeopleArticles {
  byId: Map<string, readonly string[]>;
  byWord: Map<string, Set<string>>;
}

const peopleCache = new WeakMap<CoverageIndex, PeopleArticles>();

function peopleArticles(index: CoverageIndex): PeopleArticles {
  let people = peopleCache.get(index);
  if (!people) {
    people = { byId: new Map(), byWord: new Map() };
    for (const e of index.search.entities) {
      if (e.kind !== 'person') continue;
      people.byId.set(e.id, e.articles);
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
 * Quotations credited to a description of a person (not to `speakerIds`) in the articles where
 * one of `speakerIds`, or a person whose name holds `name` (the typed surname), appears; in
 * article order. Read from tables built once per index, so a search does not grow with the coverage.
 */
export function describedPool(index: CoverageIndex, name: string | null, speakerIds: readonly string[]): QuoteRecord[] {
  const wanted = new Set(speakerIds);
  const people = peopleArticles(index);
  const articles = new Set<string>(speakerIds.flatMap((id) => people.byId.get(id) ?? []));
  for (const a of name ? (people.byWord.get(name) ?? []) : []) articles.add(a);
  const byArticle = describedByArticle(index);
  return [...articles].flatMap((a) => byArticle.get(a) ?? []).filter((q) => !wanted.has(q.speakerId ?? ''));
}
