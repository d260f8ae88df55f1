import type PgBoss from 'pg-boss';
import type { CorpusSource } from '../corpus/source.js';
import { extractorFingerprint } from '../index/fingerprint.js';
import type { LoadWarning } from '../model/article.js';
import type { CoverageStore, IndexVersion } from '../store/store.js';
import { LINK_QUEUE, enqueue, type LinkJob } from './queue.js';

export interface Enqueued {
  version: number;
  /** Articles in the new version, and how many of them were sent to the workers (new or changed content). */
  articles: number;
  enqueued: number;
  warnings: LoadWarning[];
}

/**
 * Starts a new index version from the corpus source as it is now: stores new article contents,
 * and enqueues only those not yet extracted by this extraction code. Workers do the rest.
 */
export async function enqueueReindex(store: CoverageStore, boss: PgBoss, source: CorpusSource): Promise<Enqueued> {
  const corpus = await source.load();
  if (corpus.articles.length === 0) {
    const why = corpus.warnings.length ? ` (${corpus.warnings.length} file(s) skipped)` : '';
    throw new Error(`No readable articles in the corpus${why}; keeping the previous index.`);
  }
  const extractor = extractorFingerprint();
  const { version, todo } = await store.beginVersion(corpus.articles, corpus.warnings, extractor);
  try {
    await enqueue(boss, version, extractor, todo);
    // Nothing to extract: no worker job will settle the batch, so ask a worker to link it.
    if (todo.length === 0) await boss.send(LINK_QUEUE, { version } satisfies LinkJob);
  } catch (err) {
    // Some jobs may be queued, but not all: the version could never settle. Mark it failed for the operator.
    const message = `Could not queue the extraction jobs: ${(err as Error).message}`;
    await store.failVersion(version, message).catch(() => undefined);
    throw new Error(`${message}; keeping the previous index.`);
  }
  return { version, articles: corpus.articles.length, enqueued: todo.length, warnings: corpus.warnings };
}

export class VersionTimeout extends Error {
  override name = 'VersionTimeout';
}

/** Waits until `version` is complete or failed; times out with what an operator should check. */
export async function waitForVersion(store: CoverageStore, version: number, timeoutMs: number, pollMs = 200): Promise<IndexVersion> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await store.version(version);
    if (!row) throw new Error(`Index version ${version} disappeared from the database.`);
    if (row.state === 'complete' || row.state === 'failed') return row;
    if (Date.now() > deadline)
      throw new VersionTimeout(
        `Index version ${version} is still ${row.state} after ${Math.round(timeoutMs / 1000)} s; it goes on, and replicas switch to it once it is complete. If it never does: are extraction workers running (\`npm run worker\` with the same DATABASE_URL)?`,
      );
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
