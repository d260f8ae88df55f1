import type PgBoss from 'pg-boss';
import { FolderSource } from '../../src/corpus/source.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { openQueue } from '../../src/queue/queue.js';
import { startWorker } from '../../src/queue/worker.js';
import { extractInline } from '../../src/runtime/workers.js';
import { CoverageService } from '../../src/service/coverage.js';
import { PgStore } from '../../src/store/postgres.js';
import { seedCorpus } from './corpus.js';
import { startPostgres } from './postgres.js';

/** A version of a corpus stored in PostgreSQL by a worker, beside the embedded service over the same folder. */
export interface IndexedStore {
  store: PgStore;
  boss: PgBoss;
  /** The stored version the worker's reindex wrote. */
  version: number;
  /** The in-memory index over the same files, for what the store should agree with. */
  embedded: CoverageService;
  /** Closes everything opened, newest first, and removes the cluster and the corpus folder. */
  close(): Promise<void>;
}

/**
 * Starts a throwaway cluster, stores the seed articles and `files` in it through a worker's
 * reindex, and opens the embedded service over the same folder. What was opened before a failure
 * is closed before the error is thrown, so a test file's afterAll has nothing left to clean.
 */
export async function openIndexedStore(files: Record<string, string>): Promise<IndexedStore> {
  const opened: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const done of opened.splice(0).reverse()) await done();
  };
  try {
    const cluster = await startPostgres();
    opened.push(() => cluster.stop());
    const url = await cluster.database();
    const corpus = await seedCorpus(files);
    opened.push(corpus.cleanup);
    const store = await PgStore.open(url);
    opened.push(() => store.close());
    const boss = await openQueue(url);
    opened.push(() => boss.stop({ graceful: false, wait: true }));
    await startWorker({ store, boss, pollSeconds: 0.5 });
    const job = await enqueueReindex(store, boss, new FolderSource(corpus.dir));
    const { version } = await waitForVersion(store, job.version, 60_000);
    const embedded = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: extractInline });
    opened.push(() => embedded.close());
    return { store, boss, version, embedded, close };
  } catch (err) {
    await close();
    throw err;
  }
}
