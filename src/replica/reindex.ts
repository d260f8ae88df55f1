import type PgBoss from 'pg-boss';
import type { CorpusSource } from '../corpus/source.js';
import type { LoadWarning } from '../model/article.js';
import { enqueueReindex, waitForVersion } from '../queue/reindex.js';
import type { IndexCounts, ReindexReport } from '../service/coverage.js';
import type { CoverageStore } from '../store/store.js';

/** Within the 15 minutes a Discord follow-up may come. */
export const REINDEX_WAIT_MS = 10 * 60_000;

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface ArticleChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What a replica knows of its own index around a reindex; how it switches differs by replica kind. */
export interface ReplicaState {
  counts(): IndexCounts;
  warnings(): LoadWarning[];
  /** Switches to the newest complete version, then says what changed since the state before. */
  switchAndCompare(): Promise<ArticleChanges>;
}

export interface WorkerReindex {
  store: CoverageStore;
  boss: PgBoss;
  source: CorpusSource;
  log?: Log;
  timeoutMs?: number;
}

/**
 * A reindex through the extraction workers: enqueue the changed articles, wait for the version to
 * complete, switch to it. A failed or late version leaves the previous one answering, and the
 * report says why.
 */
export async function reindexThroughWorkers(work: WorkerReindex, replica: ReplicaState): Promise<ReindexReport> {
  const started = Date.now();
  const countsBefore = replica.counts();
  const warningsBefore = replica.warnings();
  try {
    const job = await enqueueReindex(work.store, work.boss, work.source);
    work.log?.('info', 'reindex enqueued', { version: job.version, articles: job.articles, enqueued: job.enqueued });
    const row = await waitForVersion(work.store, job.version, work.timeoutMs ?? REINDEX_WAIT_MS);
    if (row.state !== 'complete') throw new Error(`Index version ${job.version} failed: ${row.error ?? 'unknown error'}; keeping the previous index.`);
    const changes = await replica.switchAndCompare();
    const counts = replica.counts();
    return { ok: true, counts, delta: { ...subtract(counts, countsBefore), ...changes }, warnings: replica.warnings(), durationMs: Date.now() - started };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    work.log?.('error', 'reindex failed', { error: message });
    return {
      ok: false,
      error: message,
      counts: countsBefore,
      delta: { ...subtract(countsBefore, countsBefore), added: [], removed: [], changed: [] },
      warnings: warningsBefore,
      durationMs: Date.now() - started,
    };
  }
}

function subtract(a: IndexCounts, b: IndexCounts): IndexCounts {
  return { articles: a.articles - b.articles, quotes: a.quotes - b.quotes, facts: a.facts - b.facts, speakers: a.speakers - b.speakers };
}
