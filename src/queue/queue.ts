import PgBoss from 'pg-boss';
import type { ArticleKey } from '../store/store.js';

/** The queue of articles to extract: one job per article content of an index version. */
export const EXTRACT_QUEUE = 'coverage-extract';

/** A version whose batch may have settled with no extraction left to run (nothing changed): a worker links it. */
export const LINK_QUEUE = 'coverage-link';

export interface LinkJob {
  version: number;
}

export interface ExtractJob extends ArticleKey {
  version: number;
  /** The extraction code the version is made with: a worker running other code must not write its records. */
  extractor: string;
}

/** Jobs sent in one insert: bounds a statement's size on a large reindex. */
const BATCH = 1000;

/**
 * pg-boss on the same PostgreSQL as the store: one engine to run and back up, and a job queue
 * whose SKIP LOCKED fetch hands each job to one worker. Its schema (`pgboss`) is its own.
 */
export async function openQueue(url: string, log?: (msg: string, fields?: Record<string, unknown>) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 3, application_name: 'coverage-bot-queue' });
  boss.on('error', (err: Error) => log?.('job queue error', { error: err.message }));
  await boss.start();
  // A job that throws (the database went away mid-job) is retried; an article whose extraction
  // fails is not thrown but recorded as failed, so retrying it would only fail again.
  await boss.createQueue(EXTRACT_QUEUE, { name: EXTRACT_QUEUE, retryLimit: 2, retryDelay: 1, expireInSeconds: 600 });
  await boss.createQueue(LINK_QUEUE, { name: LINK_QUEUE, retryLimit: 2, retryDelay: 1, expireInSeconds: 3600 });
  return boss;
}

export async function enqueue(boss: PgBoss, version: number, extractor: string, todo: readonly ArticleKey[]): Promise<void> {
  for (let i = 0; i < todo.length; i += BATCH) {
    const jobs = todo.slice(i, i + BATCH).map((key) => ({ name: EXTRACT_QUEUE, data: { version, extractor, ...key } satisfies ExtractJob }));
    await boss.insert(jobs);
  }
}
