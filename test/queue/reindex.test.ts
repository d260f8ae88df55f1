import { afterEach, describe, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { FolderSource } from '../../src/corpus/source.js';
import { extractArticle } from '../../src/extract/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/model/article.js';
import { PgStore } from '../../src/store/postgres.js';
import { enqueue, openQueue } from '../../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { startWorker, type ExtractionWorker } from '../../src/queue/worker.js';
import type { ExtractResult } from '../../src/runtime/workers.js';
import { seedCorpus, tempCorpus } from '../helpers/corpus.js';
import { usePostgres } from '../helpers/postgres.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const CLINIC = `Night clinic opens in the old library
Date: 2025-05-02

The town's first night clinic opened on Friday in the former library on Quay Street.

"Nobody should have to wait until morning to see a nurse," said Dr. Mira Okonjo, who runs the clinic.
`;

const cluster = usePostgres();

/** A store, its queue and `n` workers, each worker with a connection of its own as a separate process would have. */
async function deployment(url: string, n: number, extract?: (a: Article[]) => Promise<readonly ExtractResult[]>) {
  const store = await PgStore.open(url);
  const boss = await openQueue(url);
  const workers: { store: PgStore; boss: PgBoss; worker: ExtractionWorker }[] = [];
  for (let i = 0; i < n; i++) {
    const ws = await PgStore.open(url);
    const wb = await openQueue(url);
    workers.push({ store: ws, boss: wb, worker: await startWorker({ store: ws, boss: wb, pollSeconds: 0.5, extract, name: `worker-${i}` }) });
  }
  return {
    store,
    boss,
    workers,
    async stop() {
      for (const w of workers) {
        await w.boss.stop({ graceful: false, wait: true });
        await w.store.close();
      }
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    },
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

// A reindex through the queue (worker start, retries) can take well over the default 30 s on a loaded machine.
describe('reindex through the job queue', { timeout: 120_000 }, () => {
  it('migrates a fresh database once, and a second migration finds nothing to do', async () => {
    const url = await cluster.database();
    const store = await PgStore.open(url);
    cleanup.push(() => store.close());
    const tables = await store.pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['articles', 'extractions', 'quotes', 'facts', 'index_versions', 'version_articles', 'speakers', 'schema_migrations']),
    );
    const trgm = await store.pool.query("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'");
    expect(trgm.rowCount).toBeGreaterThan(0);
    const again = await PgStore.open(url);
    cleanup.push(() => again.close());
    expect((await again.pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(
      (await store.pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n,
    );
  });

  it('two workers write one set of records per article, equal to extracting each article directly', async () => {
    const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
    cleanup.push(corpus.cleanup);
    const d = await deployment(await cluster.database(), 2);
    cleanup.push(d.stop);
    const job = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    expect(job.enqueued).toBe(job.articles);
    const done = await waitForVersion(d.store, job.version, 60_000);
    expect(done.state).toBe('complete');

    const articles = (await loadCorpus(corpus.dir)).articles;
    expect(done.articles).toBe(articles.length);
    const dupes = await d.store.pool.query('SELECT article_id FROM extractions GROUP BY article_id, hash HAVING count(*) > 1');
    expect(dupes.rowCount).toBe(0);
    const stored = d.workers.reduce((n, w) => n + w.worker.done.stored, 0);
    expect(stored).toBe(articles.length);
    // The records read back are the records the extractor made, article by article.
    const data = await d.store.loadVersion(job.version);
    expect(data.parts).toEqual(articles.map(extractArticle));
    const quotes = (await d.store.pool.query('SELECT count(*)::int AS n FROM quotes')).rows[0].n;
    expect(quotes).toBe(data.parts.reduce((n, p) => n + p.quotes.length, 0));
  });

  it('an article whose extraction fails is reported and the version completes without it', async () => {
    const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
    cleanup.push(corpus.cleanup);
    const failClinic = async (list: Article[]): Promise<ExtractResult[]> =>
      list.map((a) => (a.id === 'clinic' ? { articleId: a.id, failed: 'extraction failed: the extractor broke on purpose' } : extractArticle(a)));
    const d = await deployment(await cluster.database(), 2, failClinic);
    cleanup.push(d.stop);
    const job = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    const done = await waitForVersion(d.store, job.version, 60_000);
    expect(done.state).toBe('complete');
    expect(done.failed).toBe(1);
    expect(done.articles).toBe(job.articles - 1);
    const data = await d.store.loadVersion(job.version);
    expect(data.articles.map((a) => a.id)).not.toContain('clinic');
    expect(data.warnings).toContainEqual({ file: 'clinic.txt', reason: 'extraction failed: the extractor broke on purpose' });
  });

  it('a job that throws on every try (not a reported failure) is retried, then recorded failed, and the version completes', async () => {
    const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
    cleanup.push(corpus.cleanup);
    let tries = 0;
    const throwOnClinic = async (list: Article[]): Promise<ExtractResult[]> => {
      if (list.some((a) => a.id === 'clinic')) {
        tries++;
        throw new Error('the database connection dropped');
      }
      return list.map(extractArticle);
    };
    const d = await deployment(await cluster.database(), 1, throwOnClinic);
    cleanup.push(d.stop);
    const job = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    const done = await waitForVersion(d.store, job.version, 60_000);
    expect(done).toMatchObject({ state: 'complete', failed: 1, articles: job.articles - 1 });
    // The queue's retries (retryLimit 2): three tries in all.
    expect(tries).toBe(3);
    const data = await d.store.loadVersion(job.version);
    expect(data.warnings).toContainEqual({ file: 'clinic.txt', reason: 'extraction failed: the database connection dropped' });
  });

  it('a worker running other extraction code writes nothing; a version none of whose articles could be extracted fails instead of completing empty', async () => {
    const corpus = await tempCorpus({ 'clinic.txt': CLINIC });
    cleanup.push(corpus.cleanup);
    const d = await deployment(await cluster.database(), 1);
    cleanup.push(d.stop);
    const articles = (await loadCorpus(corpus.dir)).articles;
    // As an older replica would enqueue during a rolling upgrade.
    const { version, todo } = await d.store.beginVersion(articles, [], 'older-extraction-code');
    await enqueue(d.boss, version, 'older-extraction-code', todo);
    const done = await waitForVersion(d.store, version, 60_000);
    expect(done.state).toBe('failed');
    expect(done.error).toMatch(/other extraction code/);
    expect((await d.store.pool.query('SELECT count(*)::int AS n FROM extractions')).rows[0].n).toBe(0);
    expect(await d.store.latestComplete()).toBeNull();
  });

  it('a reindex whose jobs cannot be queued fails with the reason and marks its version failed', async () => {
    const corpus = await seedCorpus();
    cleanup.push(corpus.cleanup);
    const store = await PgStore.open(await cluster.database());
    cleanup.push(() => store.close());
    const boss = await openQueue((store.pool.options as { connectionString: string }).connectionString);
    await boss.stop({ graceful: false, wait: true });
    const failed = await enqueueReindex(store, boss, new FolderSource(corpus.dir)).catch((err: Error) => err);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toMatch(/^Could not queue the extraction jobs: .+; keeping the previous index\.$/);
    const row = await store.pool.query<{ state: string }>('SELECT state FROM index_versions');
    expect(row.rows).toEqual([{ state: 'failed' }]);
  });

  it('a reindex with nothing changed extracts nothing and still completes a new version; versions before the previous one are dropped', async () => {
    const corpus = await seedCorpus();
    cleanup.push(corpus.cleanup);
    const d = await deployment(await cluster.database(), 1);
    cleanup.push(d.stop);
    const first = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    await waitForVersion(d.store, first.version, 60_000);
    const second = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    expect(second.enqueued).toBe(0);
    const done = await waitForVersion(d.store, second.version, 60_000);
    expect(done.state).toBe('complete');
    expect(done.version).toBeGreaterThan(first.version);
    expect(d.workers[0]!.worker.done.stored).toBe(first.articles);
    // A third version drops the first: each version lists every article, so old ones are not kept.
    const third = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    await waitForVersion(d.store, third.version, 60_000);
    const kept = await d.store.pool.query<{ version: number }>('SELECT version FROM index_versions ORDER BY version');
    expect(kept.rows.map((r) => r.version)).toEqual([second.version, third.version]);
    expect((await d.store.pool.query('SELECT count(*)::int AS n FROM version_articles WHERE version = $1', [first.version])).rows[0].n).toBe(0);
  });

  it('finds a speaker by a misspelt name through the pg_trgm index', async () => {
    const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
    cleanup.push(corpus.cleanup);
    const d = await deployment(await cluster.database(), 1);
    cleanup.push(d.stop);
    const job = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    await waitForVersion(d.store, job.version, 60_000);
    const { rows } = await d.store.pool.query<{ name: string }>(
      'SELECT name FROM speakers WHERE version = $1 AND names % $2 ORDER BY similarity(names, $2) DESC LIMIT 1',
      [job.version, 'Mira Okonju'],
    );
    expect(rows[0]?.name).toMatch(/Mira Okonjo/);
  });

  it('an article added to the folder is stored once, beside the unchanged ones', async () => {
    const corpus = await seedCorpus();
    cleanup.push(corpus.cleanup);
    const d = await deployment(await cluster.database(), 1);
    cleanup.push(d.stop);
    const first = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    await waitForVersion(d.store, first.version, 60_000);
    await writeFile(path.join(corpus.dir, 'clinic.txt'), CLINIC);
    const second = await enqueueReindex(d.store, d.boss, new FolderSource(corpus.dir));
    expect(second.enqueued).toBe(1);
    await waitForVersion(d.store, second.version, 60_000);
    const n = (await d.store.pool.query('SELECT count(*)::int AS n FROM articles')).rows[0].n;
    expect(n).toBe(second.articles);
  });
});
