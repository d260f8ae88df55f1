import { describe, expect, it, vi } from 'vitest';
import { generateArticle, people, type GeneratedArticle } from '../../bench/generate.js';
import { makeQueries, misspell } from '../../bench/queries.js';
import { rng, type Random } from '../../bench/random.js';
import { truthExtraction, truthParts } from '../../bench/truth.js';
import { TermIndex, type CandidateQuery, type SavedTerms } from '../../src/search/candidates.js';
import { CoverageSearch, factList } from '../../src/search/search.js';
import { loadTables, SEARCH_FORMAT, type TermTablesByKind } from '../../src/search/saved.js';
import { queryTerms, tokenize } from '../../src/search/tokens.js';
import type { Article } from '../../src/model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../../src/model/records.js';
import { nonEmpty } from '../helpers/expect.js';

// A pass-through spy, so a test can tell which texts a build tokenized.
vi.mock('../../src/search/tokens.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/search/tokens.js')>();
  return { ...actual, tokenize: vi.fn(actual.tokenize) };
});

const SEED = 4711;
const cast = people(SEED);

interface Records {
  quotes: QuoteRecord[];
  facts: FactRecord[];
  entities: Entity[];
}

/** The records of these articles, in article order, as the merge hands them to the search. */
function recordsOf(articles: GeneratedArticle[]): Records {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const parts = truthParts(sorted, new Map());
  const { quotes, facts, entities } = truthExtraction(sorted, parts);
  return { quotes, facts, entities };
}

/** Made-up words (place names, surnames, jargon) no other record holds: they come and go with their records. */
function coin(r: Random): string {
  const syllables = ['vel', 'dran', 'osk', 'mir', 'tal', 'bex', 'quor', 'lun', 'sev', 'ard', 'pim', 'yst'];
  return Array.from({ length: r.int(2, 4) }, () => r.pick(syllables)).join('');
}

/**
 * The next corpus state: a few articles gone, a few new ones (some sorting between existing
 * ones), and some articles re-extracted with quotations and facts reworded — some only
 * re-created with the same words, which must be reused all the same.
 */
function nextState(r: Random, articles: GeneratedArticle[], records: Records, nextIndex: () => number): { articles: GeneratedArticle[]; records: Records } {
  const kept = articles.filter(() => !r.chance(0.06));
  for (let i = r.int(2, 6); i > 0; i--) kept.push(generateArticle(SEED, nextIndex(), cast));
  const fresh = recordsOf(kept);
  const before = new Map<string, QuoteRecord | FactRecord>([...records.quotes, ...records.facts].map((x) => [x.id, x]));
  // Unchanged records stay the same objects, as the merge keeps them; some are reworded.
  const quotes = fresh.quotes.map((q) => {
    const old = before.get(q.id) as QuoteRecord | undefined;
    if (r.chance(0.05)) return { ...q, text: `${q.text} ${capital(coin(r))} ${r.pick(['disagreed', 'agreed', 'objected'])}.` };
    if (r.chance(0.03)) return { ...q, text: `${old?.text ?? q.text}` };
    return old && old.text === q.text ? old : q;
  });
  const facts = fresh.facts.map((f) => {
    const old = before.get(f.id) as FactRecord | undefined;
    if (r.chance(0.05)) return { ...f, terms: [...f.terms, coin(r), `${coin(r)}-${coin(r)}`] };
    if (r.chance(0.03)) return { ...f, statement: `${f.statement} in ${capital(coin(r))}` };
    if (r.chance(0.03) && old) return { ...old, terms: [...old.terms] };
    return old && old.statement === f.statement && old.terms.join(' ') === f.terms.join(' ') ? old : f;
  });
  const invented: Entity = { id: `person-${coin(r)}`, name: `${capital(coin(r))} ${capital(coin(r))}`, kind: 'person', aliases: [], articles: [] };
  return { articles: kept, records: { quotes, facts, entities: [...fresh.entities, invented] } };
}

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Texts people would type against these records: whole fragments, half-typed ones, typos, nonsense. */
function queryTexts(r: Random, articles: GeneratedArticle[], records: Records, gone: Records): string[] {
  const bench = makeQueries(r.int(1, 1e6), articles, 12).map((q) => q.text);
  const sampled = r.sample([...records.quotes.map((q) => q.text), ...records.facts.map((f) => f.statement)], 40);
  const removed = r.sample([...gone.quotes.map((q) => q.text), ...gone.facts.flatMap((f) => f.terms)], 15);
  const words = r.sample(sampled.flatMap(tokenize), 40);
  return [
    ...bench,
    ...sampled,
    ...sampled.map((t) => misspell(r, t)),
    ...sampled.map((t) => t.slice(0, r.int(4, Math.max(5, t.length - 2)))),
    ...removed,
    ...words,
    ...words.map((w) => w.slice(0, Math.max(2, w.length - r.int(1, 3)))),
    ...words.filter((w) => w.length >= 5).map((w) => misspell(r, w)),
  ];
}

/** Every answer the search gives for the texts, in full: records, order and scores. */
function answers(s: CoverageSearch, texts: string[], speakers: string[]): unknown[] {
  const ids = <T extends { id: string }>(hits: { record: T; score: number }[]): unknown[] => hits.map((h) => [h.record.id, h.score]);
  return texts.flatMap((text, i) => [
    ids(s.findQuotes({ text, mode: 'phrase', limit: 8 })),
    ids(s.findQuotes({ text, mode: 'topic', limit: 8 })),
    ids(s.findQuotes({ text, mode: 'topic', limit: 8, speakerId: speakers[i % speakers.length] })),
    ids(s.findFacts(queryTerms(text), 8)),
    ids(s.findFacts([text.toLowerCase()], 5)),
    ids(s.findSpeakers(text, 6)),
  ]);
}

/** A table's content with term ids replaced by their words: equal for any two builds over the same records. */
function canonical(t: SavedTerms): unknown {
  const word = (id: number): string => t.words[id];
  const postings = t.words.map((w, id) => [w, [...t.postings.subarray(t.from[id], t.from[id + 1])]] as const);
  const records = t.offsets.length ? Array.from({ length: t.size }, (_, d) => [...t.sequence.subarray(t.offsets[d], t.offsets[d + 1])].map(word)) : [];
  return { size: t.size, postings: postings.sort((a, b) => (a[0] < b[0] ? -1 : 1)), records };
}

/** Dense: no word twice, none that no record holds. */
function expectCompact(t: SavedTerms): void {
  expect(new Set(t.words).size).toBe(t.words.length);
  for (let id = 0; id < t.words.length; id++) expect(t.from[id + 1], t.words[id]).toBeGreaterThan(t.from[id]);
}

const noArticles = new Map<string, Article>();

describe('a reindex reusing the previous search', () => {
  it('answers exactly as a search built from scratch, reindex after reindex', async () => {
    const r = rng(SEED);
    const taken = new Set<number>();
    // Gaps are left between articles: about half the new ones sort between existing ones.
    const nextIndex = (): number => {
      let i = r.chance(0.5) ? r.int(0, 2 * taken.size) : 2 * taken.size + r.int(1, 9);
      while (taken.has(i)) i++;
      taken.add(i);
      return i;
    };
    let articles = Array.from({ length: 90 }, nextIndex).map((i) => generateArticle(SEED, i, cast));
    let records = recordsOf(articles);
    let search = new CoverageSearch(noArticles, records.quotes, records.facts, records.entities);
    for (let reindex = 0; reindex < 5; reindex++) {
      const state = nextState(r, articles, records, nextIndex);
      const gone = {
        quotes: records.quotes.filter((q) => !state.records.quotes.includes(q)),
        facts: records.facts.filter((f) => !state.records.facts.includes(f)),
        entities: [],
      };
      const now = state.records;
      const incremental = await CoverageSearch.sliced(noArticles, now.quotes, now.facts, now.entities, search);
      const fresh = new CoverageSearch(noArticles, now.quotes, now.facts, now.entities);
      const texts = queryTexts(r, state.articles, now, gone);
      const speakers = r.sample([...new Set(now.quotes.map((q) => q.speakerId ?? ''))], 8);
      expect(answers(incremental, texts, speakers), `reindex ${reindex}`).toEqual(answers(fresh, texts, speakers));
      const [a, b] = [tablesOf(incremental, now), tablesOf(fresh, now)];
      for (const table of ['quotes', 'facts', 'speakers'] as const) {
        expect(canonical(a[table].saved()), table).toEqual(canonical(b[table].saved()));
        expectCompact(a[table].saved());
      }
      ({ articles, records, search } = { articles: state.articles, records: now, search: incremental });
    }
  });

  it('tokenizes only the quotations and facts that are new or reworded', async () => {
    const r = rng(SEED + 1);
    let next = 0;
    const nextIndex = (): number => (next += 2);
    const articles = Array.from({ length: 60 }, () => generateArticle(SEED, nextIndex(), cast));
    const records = recordsOf(articles);
    const previous = new CoverageSearch(noArticles, records.quotes, records.facts, records.entities);
    const { records: now } = nextState(r, articles, records, () => (next += 2) - 101);
    const spy = vi.mocked(tokenize);
    spy.mockClear();
    await CoverageSearch.sliced(noArticles, now.quotes, now.facts, now.entities, previous);
    const tokenized = new Set(spy.mock.calls.map((c) => c[0]));
    const oldQuotes = new Map(records.quotes.map((q) => [q.id, q.text]));
    const oldFacts = new Map(records.facts.map((f) => [f.id, `${f.statement}|${f.terms.join(' ')}`]));
    const changedQuotes = now.quotes.filter((q) => oldQuotes.get(q.id) !== q.text);
    const changedFacts = now.facts.filter((f) => oldFacts.get(f.id) !== `${f.statement}|${f.terms.join(' ')}`);
    expect(changedQuotes.length).toBeGreaterThan(5);
    expect(changedFacts.length).toBeGreaterThan(5);
    const speakerTexts = now.entities.map((e) => `${e.name} ${e.aliases.join(' ')}`);
    const expected = new Set([
      ...changedQuotes.map((q) => q.text),
      ...changedFacts.flatMap((f) => [f.statement, ...f.terms.filter((t) => !/^[a-z0-9]+$/.test(t))]),
      ...speakerTexts,
    ]);
    expect([...tokenized].sort()).toEqual([...expected].sort());
    expect(now.quotes.length - changedQuotes.length).toBeGreaterThan(200);
  });

  it('once saved and restored (the snapshot), answers as the search it was saved from', async () => {
    const r = rng(SEED + 2);
    let next = 0;
    const nextIndex = (): number => (next += 1);
    const articles = Array.from({ length: 50 }, () => generateArticle(SEED, nextIndex(), cast));
    const records = recordsOf(articles);
    const previous = new CoverageSearch(noArticles, records.quotes, records.facts, records.entities);
    const { articles: nowArticles, records: now } = nextState(r, articles, records, nextIndex);
    const incremental = await CoverageSearch.sliced(noArticles, now.quotes, now.facts, now.entities, previous);
    const restored = CoverageSearch.load(noArticles, now.quotes, factList(now.facts), now.entities, incremental.save());
    expect(restored).toBeInstanceOf(CoverageSearch);
    const texts = queryTexts(r, nowArticles, now, { quotes: [], facts: [], entities: [] });
    const speakers = [...new Set(now.quotes.map((q) => q.speakerId ?? ''))].slice(0, 5);
    expect(answers(restored as CoverageSearch, texts, speakers)).toEqual(answers(incremental, texts, speakers));
    expect(tablesOf(incremental, now).facts.saved().sequence.length).toBeGreaterThan(0);
  });

  it('refuses a saved form of another format, saying which, and one made for other records', async () => {
    const articles = Array.from({ length: 20 }, (_, i) => generateArticle(SEED, i + 1, cast));
    const records = recordsOf(articles);
    const search = new CoverageSearch(noArticles, records.quotes, records.facts, records.entities);
    const older = { ...search.save(), version: SEARCH_FORMAT - 1 };
    expect(CoverageSearch.load(noArticles, records.quotes, factList(records.facts), records.entities, older)).toEqual({
      refused: `the saved search tables are terms format ${SEARCH_FORMAT - 1}, this code reads terms format ${SEARCH_FORMAT}`,
    });
    const fewer = CoverageSearch.load(noArticles, records.quotes.slice(1), factList(records.facts), records.entities, search.save());
    expect(fewer).toEqual({ refused: `the saved search tables are for ${records.quotes.length} quotes, the index has ${records.quotes.length - 1}` });
  });
});

/** The word tables inside a search's saved form, read back the way the engine reads them. */
function tablesOf(search: CoverageSearch, records: { quotes: readonly unknown[]; facts: readonly unknown[]; entities: readonly unknown[] }): TermTablesByKind {
  const tables = loadTables(search.save(), { quotes: records.quotes.length, facts: records.facts.length, speakers: records.entities.length });
  if ('refused' in tables) throw new Error(tables.refused);
  return tables;
}

/** Candidate queries of every shape, small limits included so that ties at the cut matter. */
function candidateQueries(r: Random, texts: string[]): CandidateQuery[] {
  return texts.flatMap((text) => {
    const terms = queryTerms(text);
    const limit = r.pick([1, 3, 5, 40]);
    return [
      { terms, limit },
      { terms, limit, prefix: 'last' as const, minShare: 0.34 },
      { terms, limit, prefix: 'all' as const, fuzzy: false },
      { terms, limit: 60, prefix: 'last' as const, phrase: { words: tokenize(text), keep: limit } },
      { terms, limit, accept: (doc: number) => doc % 3 !== 1 },
    ];
  });
}

describe('TermIndex built from a previous one', () => {
  const pool = Array.from({ length: 80 }, (_, i) => generateArticle(SEED + 3, i, cast)).flatMap((a) => a.quotes.map((q) => q.text));

  it('proposes the same candidates, same scores and order, as a fresh build, whatever records it reuses', () => {
    const r = rng(SEED + 3);
    const before = r.sample(pool, 200).map((t) => (r.chance(0.2) ? `${t} ${capital(coin(r))}` : t));
    const previous = TermIndex.of(before.length, (i) => tokenize(before[i]), true);
    // Reused records in any order, some twice; new ones; some of the old ones read again anyway.
    const source: number[] = [];
    const texts: string[] = [];
    for (let i = 0; i < 220; i++) {
      const from = r.int(0, before.length - 1);
      const reused = r.chance(0.8);
      texts.push(reused ? before[from] : r.chance(0.5) ? r.pick(pool) : `${r.pick(pool)} ${coin(r)}`);
      source.push(reused && r.chance(0.9) ? from : -1);
    }
    const fresh = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true);
    const reused = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true, { previous, source: Int32Array.from(source) });
    expect(canonical(reused.saved())).toEqual(canonical(fresh.saved()));
    expectCompact(reused.saved());
    const probes = [...r.sample(texts, 30), ...r.sample(texts, 20).map((t) => misspell(r, t)), ...r.sample(texts, 20).map((t) => t.slice(0, r.int(3, 30)))];
    for (const q of nonEmpty(candidateQueries(r, probes))) expect(reused.candidates(q), q.terms.join(' ')).toEqual(fresh.candidates(q));
  });

  it('reads only the records the previous index does not vouch for', () => {
    const before = pool.slice(0, 50);
    const previous = TermIndex.of(before.length, (i) => tokenize(before[i]), true);
    const texts = [
      ...before.slice(0, 20),
      'Harbour pilots at Tarvello said the dredging had stopped',
      ...before.slice(25),
      'We will not sign it, said the Ostrava delegate',
    ];
    const source = Int32Array.from(texts, (_t, i) => (i < 20 ? i : i === 20 || i === texts.length - 1 ? -1 : i + 4));
    const read: number[] = [];
    const index = TermIndex.of(texts.length, (i) => (read.push(i), tokenize(texts[i])), true, { previous, source });
    expect(read).toEqual([20, texts.length - 1]);
    expect(index.candidates({ terms: ['tarvello'], limit: 5 }).map((c) => c.doc)).toEqual([20]);
  });

  it('reads every record again when the previous index kept no word order', () => {
    const before = pool.slice(0, 10);
    const previous = TermIndex.of(before.length, (i) => tokenize(before[i]));
    const read: number[] = [];
    TermIndex.of(before.length, (i) => (read.push(i), tokenize(before[i])), true, { previous, source: Int32Array.from(before.keys()) });
    expect(read).toEqual([...before.keys()]);
  });

  it('breaks ties by word, not by term numbering, which differs from a fresh build', () => {
    // Names one letter apart tie on a typo, and only twelve typo expansions are allowed. A
    // reused index numbers the names it already knew first; a fresh build numbers them by record.
    const line = (name: string): string => `Councillor ${name} said the tram depot would reopen`;
    const filler = pool.slice(0, 120);
    const generations = [
      [...['Parlow', 'Sarlow', 'Tarlow', 'Varlow', 'Warlow', 'Yarlow', 'Zarlow'].map(line), ...filler],
      [
        ...['Barlow', 'Carlow', 'Darlow', 'Farlow', 'Harlow', 'Karlow', 'Marlow'].map(line),
        ...['Parlow', 'Sarlow', 'Tarlow', 'Varlow', 'Warlow', 'Yarlow', 'Zarlow'].map(line),
        ...filler,
      ],
      [
        ...['Barlow', 'Darlow', 'Farlow', 'Harlow', 'Karlow', 'Marlow', 'Sarlow'].map(line),
        'Councillor Larlow said the tram depot would close',
        ...['Tarlow', 'Varlow', 'Warlow', 'Yarlow', 'Zarlow'].map(line),
        ...filler,
      ],
    ];
    let previous = TermIndex.of(generations[0].length, (i) => tokenize(generations[0][i]), true);
    let before = generations[0];
    for (const texts of generations.slice(1)) {
      const source = Int32Array.from(texts, (t) => before.indexOf(t));
      const index = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true, { previous, source });
      const fresh = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true);
      for (const limit of [3, 12, 20]) {
        for (const q of [
          { terms: ['xarlow'], limit },
          { terms: ['tram', 'xarlow'], limit, minShare: 0.5 },
          { terms: ['councillor', 'zarlov'], limit, prefix: 'last' as const },
        ]) {
          expect(index.candidates(q), q.terms.join(' ')).toEqual(fresh.candidates(q));
        }
      }
      [previous, before] = [index, texts];
    }
  });

  it('forgets a word once the only record holding it is gone: no prefix or typo expansion reaches it', () => {
    // Thirteen councillors whose names are one letter apart: a typo matches them all, but only
    // twelve fuzzy expansions are allowed, so a forgotten name would push a real one out.
    const names = ['Barlow', 'Carlow', 'Darlow', 'Farlow', 'Harlow', 'Marlow', 'Parlow', 'Sarlow', 'Tarlow', 'Varlow', 'Warlow', 'Yarlow', 'Zarlow'];
    const verbs = ['opposed', 'backed', 'questioned', 'welcomed'];
    const before = names.map((n, i) => `Councillor ${n} ${verbs[i % verbs.length]} the ferry timetable on the Barlowgate route`);
    before[0] = 'Councillor Barlow opposed the ferry timetable';
    const previous = TermIndex.of(before.length, (i) => tokenize(before[i]), true);
    const texts = before.slice(1);
    const source = Int32Array.from(texts.keys(), (i) => i + 1);
    const index = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true, { previous, source });
    const fresh = TermIndex.of(texts.length, (i) => tokenize(texts[i]), true);
    expect(index.saved().words).not.toContain('barlow');
    const typo = index.candidates({ terms: ['xarlow'], limit: 20 });
    expect(typo.map((c) => c.doc).sort((a, b) => a - b)).toEqual([...texts.keys()]);
    for (const q of [
      { terms: ['xarlow'], limit: 20 },
      { terms: ['barlow'], limit: 20 },
      { terms: ['barlo'], limit: 20, prefix: 'last' as const },
      { terms: ['barl'], limit: 5, prefix: 'all' as const, fuzzy: false },
    ]) {
      expect(index.candidates(q), q.terms[0]).toEqual(fresh.candidates(q));
    }
    expect(index.candidates({ terms: ['barlow'], limit: 20, fuzzy: false })).toEqual([]);
    expect(index.candidates({ terms: ['barlowg'], limit: 20, prefix: 'last' }).length).toBe(12);
  });
});
