import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { sentenceBefore } from '../../src/answer/topic-lead.js';
import { FolderSource } from '../../src/corpus/source.js';
import { CoverageService } from '../../src/service/coverage.js';
import { extractInline } from '../../src/runtime/workers.js';
import { PgStore } from '../../src/store/postgres.js';
import { openQueue } from '../../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { startWorker } from '../../src/queue/worker.js';
import { hasQuoteLeads } from '../../src/store/scoped.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';

// The second quotation's sentence before holds a quotation (empty lead); the third's is an own lead-in with accented words.
const WEIR = `Weir gates to be replaced at Oldmill
Date: 2025-06-11

The river trust will replace the Oldmill weir gates before the spring floods. "The old gates have not closed properly since 2019," said Hanna Sörensen, who manages the trust.

"We will keep the towpath open throughout," Sörensen said. "Walkers should expect some noise," she added.

The café beside the lock will close for a fortnight in March. "It is the quietest month for us anyway," said owner Tomas Élan.
`;

let cluster: TestPostgres;
let store: PgStore;
let boss: PgBoss;
let embedded: CoverageService;
let version: number;
let cleanupCorpus: () => Promise<void>;

beforeAll(async () => {
  cluster = await startPostgres();
  const url = await cluster.database();
  const corpus = await seedCorpus({ 'weir.txt': WEIR });
  cleanupCorpus = corpus.cleanup;
  store = await PgStore.open(url);
  boss = await openQueue(url);
  await startWorker({ store, boss, pollSeconds: 0.5 });
  const job = await enqueueReindex(store, boss, new FolderSource(corpus.dir));
  version = (await waitForVersion(store, job.version, 60_000)).version;
  embedded = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: extractInline });
}, 120_000);

afterAll(async () => {
  await embedded?.close();
  await boss?.stop({ graceful: false, wait: true });
  await store?.close();
  await cluster?.stop();
  await cleanupCorpus?.();
});

describe("a quotation's sentence before, stored when it is written (migration 009)", { timeout: 120_000 }, () => {
  it('is the sentence before its passage as the index reads it, empty where that sentence holds a quotation', async () => {
    const { rows } = await store.pool.query<{ id: string; lead: string }>('SELECT id, lead FROM quotes');
    const quotes = nonEmpty(embedded.index.search.quotes, 'quotations');
    const byId = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect(rows.map((r) => [r.id, r.lead]).sort(byId)).toEqual(quotes.map((q) => [q.id, sentenceBefore(embedded.index, q)]).sort(byId));
    // In earnest: a lead-in, and a quotation after one whose sentence before is someone's words.
    expect(rows.map((r) => r.lead)).toContain('The river trust will replace the Oldmill weir gates before the spring floods.');
    expect(rows.some((r) => r.lead === '')).toBe(true);
  });

  it('is found by its words as the search tokenizes them, accents folded', async () => {
    const { rows } = await store.pool.query<{ id: string }>("SELECT id FROM quotes WHERE lead_words @@ to_tsquery('simple', 'cafe & fortnight')");
    const owner = embedded.index.search.quotes.find((q) => q.speaker?.includes('Tomas'));
    expect(rows.map((r) => r.id)).toEqual([owner?.id]);
  });

  it('tells a version whose every quotation has one from one holding quotations written before the migration', async () => {
    const { rows } = await store.pool.query<{ extractor: string }>('SELECT extractor FROM index_versions WHERE version = $1', [version]);
    const extractor = rows[0]?.extractor ?? '';
    expect(await hasQuoteLeads(store.pool, version, extractor)).toBe(true);
    await store.pool.query("UPDATE quotes SET lead = NULL WHERE id = 'weir:q1'");
    expect(await hasQuoteLeads(store.pool, version, extractor)).toBe(false);
  });
});
