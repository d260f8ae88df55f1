import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusWords, emptyNeeds, quoteWordCounts } from '../../src/store/scoped.js';
import { tokenize } from '../../src/search/tokens.js';
import { nonEmpty } from '../helpers/expect.js';
import { type IndexedStore, openIndexedStore } from '../helpers/indexed-store.js';

const MARKET = `Covered market reopens after repairs
Date: 2025-03-04

The covered market on Dray Street reopened on Monday after eight months of roof repairs costing 1.2 million pounds.

"The roof is sound and the stalls are back," said Nadia Corbel, who runs the market trust.

"Rents stay where they were for the first year," Corbel said.
`;

let db: IndexedStore;

beforeAll(async () => {
  db = await openIndexedStore({ 'market.txt': MARKET });
}, 120_000);

afterAll(() => db?.close());

describe('what a version stores so a scoped replica counts and ranks without reading records', { timeout: 120_000 }, () => {
  it('counts, per word of its quotations, how many quotations hold it, as the whole index weighs the word (migration 012)', async () => {
    const quotes = nonEmpty(db.embedded.index.search.quotes, 'quotations');
    const expected = new Map<string, number>();
    for (const q of quotes) for (const w of new Set(tokenize(q.text))) expected.set(w, (expected.get(w) ?? 0) + 1);
    const asked = [...expected.keys(), 'nowhere'];
    const counts = await quoteWordCounts(db.store.pool, db.version, (await db.store.version(db.version))?.extractor ?? '', asked);
    expect(counts).toEqual(new Map([...expected, ['nowhere', 0]]));
    // In earnest: a word several quotations hold.
    expect(Math.max(...counts.values())).toBeGreaterThan(1);
  });

  it('reads each kind of word count a question weighs by from what the completed version stored, the same as counted over its records (migration 014)', async () => {
    const head = await db.store.version(db.version);
    expect(head?.wordCounts).toBe(true);
    const needs = emptyNeeds();
    for (const q of db.embedded.index.search.quotes) {
      for (const w of tokenize(q.text)) needs.quotes.add(w);
      for (const w of tokenize(q.passage.text)) needs.passages.add(w);
      for (const w of tokenize(q.passage.text)) needs.quoteLeads.add(w);
    }
    for (const f of db.embedded.index.facts.all()) for (const w of tokenize(f.statement)) needs.facts.add(w);
    for (const p of ['ro', 'sta', 'mar']) {
      needs.quotePrefixes.add(p);
      needs.factPrefixes.add(p);
    }
    const stored = await corpusWords(db.store.pool, db.version, head?.extractor ?? '', needs, true);
    expect(stored).toEqual(await corpusWords(db.store.pool, db.version, head?.extractor ?? '', needs, false));
    // In earnest: every kind holds counts, and a prefix reached a longer word.
    for (const kind of ['quotes', 'passages', 'leads', 'facts'] as const) expect(stored[kind].size, kind).toBeGreaterThan(0);
    expect(stored.quotes.has('roof')).toBe(true);
  });

  it('keeps, per extracted article, every word its facts use, written with the facts (migration 013)', async () => {
    const { rows } = await db.store.pool.query<{ article_id: string; terms: string[] }>('SELECT article_id, terms FROM article_fact_terms');
    const facts = nonEmpty(db.embedded.index.facts.all(), 'facts');
    const byArticle = new Map<string, Set<string>>();
    for (const f of facts) for (const t of f.terms) byArticle.set(f.articleId, (byArticle.get(f.articleId) ?? new Set()).add(t));
    expect(new Map(rows.map((r) => [r.article_id, [...r.terms].sort()]))).toEqual(new Map([...byArticle].map(([id, t]) => [id, [...t].sort()])));
  });
});
