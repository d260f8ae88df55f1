import type PgBoss from 'pg-boss';
import { REPLICA_DEFAULTS } from '../config.js';
import type { CorpusSource } from '../corpus/source.js';
import { openIndex, indexData, INDEX_FORMAT } from '../index/build.js';
import { extractorFingerprint } from '../index/fingerprint.js';
import { CoverageService, type IndexCounts, type ReindexReport } from '../service/coverage.js';
import { enqueueReindex, waitForVersion } from '../queue/reindex.js';
import type { PgStore } from '../store/postgres.js';
import { versionDelta, versionWarnings, type ScopedArticle } from '../store/scoped.js';
import type { IndexVersion } from '../store/store.js';
import { LruCache } from './cache.js';
import { ScopedAnswers } from './scoped-answers.js';
import { ThreadedAnswers } from './answer-pool.js';
import { stampOf, type VersionHead } from './scoped-index.js';
import { VersionFollower } from './follow.js';
import { REINDEX_WAIT_MS, reindexThroughWorkers } from './reindex.js';

export const DEFAULT_CACHE_ARTICLES = REPLICA_DEFAULTS.cacheArticles;
export const DEFAULT_CANDIDATES = REPLICA_DEFAULTS.candidates;
export const DEFAULT_THREADS = REPLICA_DEFAULTS.threads;
/** A question still running after this long is stopped and answered with a message saying so. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 120_000;

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface ScopedReplicaOptions {
  store: PgStore;
  /** The job queue a reindex through this replica enqueues on. */
  boss: PgBoss;
  /** What a reindex through this replica reads (the corpus folder). */
  source: CorpusSource;
  log?: Log;
  /** Articles kept in memory between questions (least recently used dropped first); default 2000. */
  cacheArticles?: number;
  /** Articles read for one question at most; default 1500. */
  candidates?: number;
  /**
   * Worker threads answering questions (default 2); each keeps its share of `cacheArticles`.
   * 0 answers on the calling thread: only for comparisons in the tests and the bench.
   */
  threads?: number;
  /** false: a question reaching more than `candidates` articles is answered from the best matched, not in batches (for comparisons). */
  batches?: boolean;
  /** A question running longer is stopped (its worker replaced); default 2 min. */
  answerTimeoutMs?: number;
  /** Fallback poll for a missed announcement; default 5 s. */
  pollMs?: number;
  /** How long a reindex waits for the workers before reporting; default 10 min. */
  reindexTimeoutMs?: number;
}

/** The newest complete version predates the link patches a scoped replica reads (see 003_scoped_reads.sql). */
export class UnlinkedVersion extends Error {}

/**
 * A replica that holds no index version in memory: it knows the version's number and counts, and
 * per question reads from PostgreSQL only the articles that question needs (ScopedAnswers), keeping
 * a bounded cache of them. A switch to a newer version costs nothing but its number.
 */
export class ScopedReplica {
  readonly service: CoverageService;
  /** Where questions are answered: worker threads, or (threads 0) this thread over `cache`. */
  readonly answers: ThreadedAnswers | ScopedAnswers;
  private readonly inlineCache: LruCache<ScopedArticle> | null;
  private head: VersionHead;
  private readonly follower: VersionFollower;

  private constructor(
    private readonly options: ScopedReplicaOptions,
    head: VersionHead,
  ) {
    this.head = head;
    this.follower = new VersionFollower(() => this.switchToLatest(), options.log);
    const cacheArticles = options.cacheArticles ?? DEFAULT_CACHE_ARTICLES;
    const candidates = options.candidates ?? DEFAULT_CANDIDATES;
    const threads = options.threads ?? DEFAULT_THREADS;
    if (threads > 0) {
      this.inlineCache = null;
      this.answers = new ThreadedAnswers(() => this.head, {
        databaseUrl: databaseUrlOf(options.store),
        threads,
        cacheArticles,
        candidates,
        batches: options.batches,
        timeoutMs: options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS,
        log: options.log,
      });
    } else {
      this.inlineCache = new LruCache(cacheArticles);
      this.answers = new ScopedAnswers(options.store.pool, () => this.head, {
        cache: this.inlineCache,
        candidateCap: candidates,
        batches: options.batches,
        log: options.log,
      });
    }
    this.service = CoverageService.fromIndex(shell(head), {
      source: options.source,
      log: options.log,
      indexPath: null,
      rebuild: () => this.reindex(),
      remote: this.answers,
    });
  }

  /** Opens the newest complete version; on an empty database, builds the first through the workers. @throws UnlinkedVersion */
  static async open(options: ScopedReplicaOptions): Promise<ScopedReplica> {
    const { store, log } = options;
    let latest = await store.latestComplete();
    if (!latest) {
      log?.('info', 'no complete index version in the database yet: building the first one through the extraction workers');
      const started = await enqueueReindex(store, options.boss, options.source);
      latest = await waitForVersion(store, started.version, 3 * (options.reindexTimeoutMs ?? REINDEX_WAIT_MS));
      if (latest.state !== 'complete') throw new Error(`The first index version failed: ${latest.error ?? 'unknown error'}`);
    }
    if (!latest.linked)
      throw new UnlinkedVersion(
        `Index version ${latest.version} was completed by an older worker, without what a scoped replica reads; run /reindex once with the current workers, or set REPLICA_INDEX=full.`,
      );
    const replica = new ScopedReplica(options, await headOf(store, latest));
    const threads = replica.answers;
    if (threads instanceof ThreadedAnswers)
      await threads.warm().catch(async (err: Error) => {
        await threads.close();
        throw new Error(`The answering threads could not start: ${err.message}`);
      });
    log?.('info', 'scoped replica answering from index version', {
      version: latest.version,
      articles: latest.articles,
      cacheArticles: replica.cache.capacity,
      threads: options.threads ?? DEFAULT_THREADS,
    });
    if (latest.extractor !== extractorFingerprint())
      log?.('warn', 'the index version was made by other extraction code than this replica runs; /reindex re-extracts every article with the running code', {
        version: latest.version,
      });
    await replica.follower.start(store, options.pollMs);
    return replica;
  }

  /** The index version answering now. */
  get version(): number {
    return this.head.version;
  }

  /**
   * The article cache's figures over all answering threads: `capacity` its bound, `size` the
   * articles held now, `misses` those read from the database instead.
   */
  get cache(): { capacity: number; size: number; misses: number } {
    const a = this.answers;
    if (a instanceof ThreadedAnswers) return { capacity: a.perWorkerCache * a.threads, size: a.cachedArticles, misses: a.cacheMisses };
    const c = this.inlineCache;
    return { capacity: c?.capacity ?? 0, size: c?.size ?? 0, misses: c?.misses ?? 0 };
  }

  /** Checks for a newer complete version and switches to it; calls are serialised. */
  refresh(): Promise<void> {
    return this.follower.refresh();
  }

  async close(): Promise<void> {
    await this.follower.stop();
    await this.service.close();
    if (this.answers instanceof ThreadedAnswers) await this.answers.close();
  }

  private async switchToLatest(): Promise<void> {
    const { store, log } = this.options;
    const latest = await store.latestComplete();
    if (!latest || latest.version <= this.head.version) return;
    if (!latest.linked) {
      log?.('error', 'not switching: the new index version lacks what a scoped replica reads (completed by an older worker)', { version: latest.version });
      return;
    }
    const from = this.head.version;
    this.head = await headOf(store, latest);
    this.service.adopt(shell(this.head));
    // Cached articles are keyed by version: the old version's would never be read again (workers drop theirs on their next question).
    this.inlineCache?.keepOnly(`${latest.version}:`);
    log?.('info', 'switched to index version', { from, to: latest.version });
  }

  private reindex(): Promise<ReindexReport> {
    const { store, boss, source, log, reindexTimeoutMs } = this.options;
    const before = this.head;
    return reindexThroughWorkers(
      { store, boss, source, log, timeoutMs: reindexTimeoutMs },
      {
        counts: () => this.answers.counts(),
        warnings: () => this.head.warnings,
        switchAndCompare: async () => {
          await this.refresh();
          return versionDelta(store.pool, before.version, this.head.version);
        },
      },
    );
  }
}

/** Where the workers connect: the store's own connection string. */
function databaseUrlOf(store: PgStore): string {
  const url = store.pool.options.connectionString;
  if (!url) throw new Error('the store was opened without a connection string, which the answering threads need');
  return url;
}

async function headOf(store: PgStore, v: IndexVersion): Promise<VersionHead> {
  return {
    version: v.version,
    extractor: v.extractor,
    articles: v.articles,
    population: { quotes: v.quotes, facts: v.facts, speakers: v.speakers },
    leads: v.quoteLeads,
    wordCounts: v.wordCounts,
    warnings: await versionWarnings(store.pool, v.version),
    builtAt: (v.completedAt ?? v.createdAt).toISOString(),
  };
}

/** The index the service holds: no article, only the version's stamp and warnings (answers come from ScopedAnswers). */
function shell(head: VersionHead) {
  return openIndex(
    indexData({
      format: INDEX_FORMAT,
      builtAt: head.builtAt,
      corpusHash: stampOf(head),
      extractor: head.extractor,
      articles: [],
      parts: [],
      warnings: head.warnings,
    }),
  );
}
