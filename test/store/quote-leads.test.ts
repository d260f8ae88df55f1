import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentenceBefore } from '../../src/answer/topic-lead.js';
import { extractArticle } from '../../src/extract/index.js';
import { linkVersion } from '../../src/queue/link.js';
import { backfillQuoteLeads } from '../../src/store/leads.js';
import { nonEmpty } from '../helpers/expect.js';
import { type IndexedStore, openIndexedStore } from '../helpers/indexed-store.js';

// The second quotation's sentence before holds a quotation (empty lead); the third's is an own lead-in with accented words.
const WEIR = `Weir gates to be replaced at Oldmill
Date: 2025-06-11

The river trust will replace the Oldmill weir gates before the spring floods. "The old gates have not closed properly since 2019," said Hanna Sörensen, who manages the trust.

"We will keep the towpath open throughout," Sörensen said. "Walkers should expect some noise," she added.

The café beside the lock will close for a fortnight in March. "It is the quietest month for us anyway," said owner Tomas Élan.
`;

let db: IndexedStore;

beforeAll(async () => {
  db = await openIndexedStore({ 'weir.txt': WEIR });
}, 120_000);

afterAll(() => db?.close());

describe("a quotation's sentence before, stored when it is written (migration 009)", { timeout: 120_000 }, () => {
  it('is the sentence before its passage as the index reads it, empty where that sentence holds a quotation', async () => {
    const { rows } = await db.store.pool.query<{ id: string; lead: string }>('SELECT id, lead FROM quotes');
    const quotes = nonEmpty(db.embedded.index.search.quotes, 'quotations');
    const byId = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect(rows.map((r) => [r.id, r.lead]).sort(byId)).toEqual(quotes.map((q) => [q.id, sentenceBefore(db.embedded.index, q)]).sort(byId));
    // In earnest: a lead-in, and a quotation after one whose sentence before is someone's words.
    expect(rows.map((r) => r.lead)).toContain('The river trust will replace the Oldmill weir gates before the spring floods.');
    expect(rows.some((r) => r.lead === '')).toBe(true);
  });

  it('is found by its words as the search tokenizes them, accents folded', async () => {
    const { rows } = await db.store.pool.query<{ id: string }>("SELECT id FROM quotes WHERE lead_words @@ to_tsquery('simple', 'cafe & fortnight')");
    const owner = db.embedded.index.search.quotes.find((q) => q.speaker?.includes('Tomas'));
    expect(rows.map((r) => r.id)).toEqual([owner?.id]);
  });

  it('is taken from the text the records were extracted from, as the writer passes it, not read back from the database', async () => {
    const [stored] = (await db.store.pool.query<{ id: string; hash: string }>("SELECT id, hash FROM articles WHERE file = 'weir.txt'")).rows;
    const article = await db.store.article({ articleId: stored?.id ?? '', hash: stored?.hash ?? '' });
    if (!article) throw new Error('the weir story is not stored');
    // A blank stored copy: leads read back from it would all be empty.
    await db.store.pool.query("UPDATE articles SET body = '' WHERE id = $1", [article.id]);
    expect(await db.store.saveExtraction(extractArticle(article), 'another extractor', 'a test', article.text)).toBe(true);
    const { rows } = await db.store.pool.query<{ lead: string }>("SELECT lead FROM quotes WHERE extractor = 'another extractor'");
    expect(rows.map((r) => r.lead)).toContain('The river trust will replace the Oldmill weir gates before the spring floods.');
    await db.store.pool.query('UPDATE articles SET body = $2 WHERE id = $1', [article.id, article.text]);
  });

  it('is known, once a version is completed, to be stored for every quotation of the version or not', async () => {
    expect((await db.store.version(db.version))?.quoteLeads).toBe(true);
    // The next version, over the same extractions, completed without linking (which would fill it) while one quotation lacks its lead.
    const { articles, extractor } = await db.store.loadVersion(db.version);
    const { version, todo } = await db.store.beginVersion(articles, [], extractor);
    expect(todo).toEqual([]);
    await db.store.pool.query("UPDATE quotes SET lead = NULL WHERE id = 'weir:q1'");
    expect(await db.store.claimSettled(version)).toBe(true);
    await db.store.completeVersion(version, [], { articles: articles.length, quotes: 0, facts: 0, speakers: 0, failed: 0 });
    expect((await db.store.version(version))?.quoteLeads).toBe(false);
  });

  it('is filled, for a version reusing quotations written before it, from the stored articles, batch after batch', async () => {
    const ofVersion = 'FROM quotes WHERE extractor = (SELECT extractor FROM index_versions WHERE version = $1)';
    const quotes = nonEmpty(db.embedded.index.search.quotes, 'quotations');
    const { rows } = await db.store.pool.query<{ n: number }>(`SELECT count(DISTINCT article_id)::int AS n ${ofVersion}`, [db.version]);
    // As quotations stored before migration 009 are: without a lead.
    await db.store.pool.query(`UPDATE quotes SET lead = NULL WHERE extractor = (SELECT extractor FROM index_versions WHERE version = $1)`, [db.version]);
    // One article per batch: the batches resume where the last ended, over every article holding quotations.
    const filled = await backfillQuoteLeads(db.store.pool, db.version, 1);
    expect(filled).toMatchObject({ quotes: quotes.length, articles: rows[0]?.n });
    const leads = await db.store.pool.query<{ id: string; lead: string | null }>(`SELECT id, lead ${ofVersion} ORDER BY id`, [db.version]);
    const byId = (a: (string | null)[], b: (string | null)[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect(leads.rows.map((r) => [r.id, r.lead]).sort(byId)).toEqual(quotes.map((q) => [q.id, sentenceBefore(db.embedded.index, q)]).sort(byId));
  });

  it('writes nothing a second time once every quotation of the version has its sentence before', async () => {
    await db.store.pool.query("UPDATE quotes SET lead = NULL WHERE id = 'weir:q1'");
    expect((await db.store.fillQuoteLeads(db.version)).quotes).toBe(1);
    expect(await db.store.fillQuoteLeads(db.version)).toMatchObject({ quotes: 0, articles: 0 });
  });

  it('is filled when a version is linked, which says so in one line with how many quotations and how long, and completes it bounded', async () => {
    const { articles, extractor } = await db.store.loadVersion(db.version);
    const { version } = await db.store.beginVersion(articles, [], extractor);
    await db.store.pool.query("UPDATE quotes SET lead = NULL WHERE id IN ('weir:q1', 'weir:q3')");
    expect(await db.store.claimSettled(version)).toBe(true);
    const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
    await linkVersion(db.store, version, (_level, msg, fields) => lines.push({ msg, fields }));
    const filled = lines.find((l) => l.fields?.quotes === 2);
    expect(filled?.msg).toMatch(/sentence before/);
    expect(filled?.fields).toMatchObject({ version, articles: 1, ms: expect.any(Number) });
    expect((await db.store.version(version))?.quoteLeads).toBe(true);
  });
});
