import { Piscina } from 'piscina';
import type { QueryName } from '../answer/commands.js';
import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { Choice, IndexCounts, RemoteAnswers, SuggestKind } from '../service/coverage.js';
import { LruCache } from './cache.js';
import type { AnswerWorkerData, IdleConnectionLost, LogLine, ScopedReply, ScopedTask } from './answer-worker.js';
import type { VersionHead } from './scoped-index.js';

type Log = (level: LogLine['level'], msg: string, fields?: Record<string, unknown>) => void;

export interface AnswerPoolOptions {
  databaseUrl: string;
  /** Worker threads answering (REPLICA_THREADS). */
  threads: number;
  /** Articles cached in all, shared out among the workers (each keeps its own share). */
  cacheArticles: number;
  candidates: number;
  /** false: past the cap, answer from the best matched articles instead of in batches (for comparisons). */
  batches?: boolean;
  /** A question still running after this long is given up (its worker is replaced). */
  timeoutMs: number;
  log?: Log;
}

/** At most one log line per this long for lost idle connections (a database restart loses them all at once). */
const IDLE_LOG_MS = 60_000;

/** Article titles kept on the replica's thread for "Also in" lists: refs only, never texts. */
const REFS_KEPT = 5000;

/**
 * Scoped answers computed on worker threads (piscina): reading candidates, building the small
 * index and running the answer function all grow with the articles a question matches, so none
 * of it runs on the thread that answers interactions; that thread only sends the question and
 * renders the plain Answer that comes back. A worker that crashes is replaced by the pool; a
 * question that fails or runs too long comes back as a "not found" answer saying so.
 */
export class ThreadedAnswers implements RemoteAnswers {
  private readonly pool: Piscina<ScopedTask, ScopedReply>;
  private readonly refs = new LruCache<SourceRef>(REFS_KEPT);
  /** Per worker share of the cache; the bench and the tests read the last reply's figures. */
  readonly perWorkerCache: number;
  lastScope = 0;
  lastBatches = 0;
  /** How long a question may run before it is stopped (AnswerPoolOptions.timeoutMs). */
  timeoutMs: number;
  private readonly caches = new Map<number, ScopedReply['cache']>();
  /** Lost idle connections: when the last was logged, and how many since. */
  private readonly idleLost = { loggedAt: Number.NEGATIVE_INFINITY, since: 0 };

  constructor(
    private readonly head: () => VersionHead,
    private readonly options: AnswerPoolOptions,
  ) {
    if (!Number.isInteger(options.threads) || options.threads < 1)
      throw new RangeError(`answering threads must be a whole number from 1, got ${options.threads}`);
    this.perWorkerCache = Math.floor(options.cacheArticles / options.threads);
    this.timeoutMs = options.timeoutMs;
    const workerData: AnswerWorkerData = {
      entry: new URL('./answer-worker.ts', import.meta.url).href,
      databaseUrl: options.databaseUrl,
      cacheArticles: this.perWorkerCache,
      candidates: options.candidates,
      batches: options.batches !== false,
    };
    this.pool = new Piscina({
      filename: new URL('./worker-shim.mjs', import.meta.url).href,
      minThreads: options.threads,
      maxThreads: options.threads,
      // Workers start once and stay: each holds its connections and its share of the cache.
      idleTimeout: Number.POSITIVE_INFINITY,
      // The shim registers its own TypeScript loader (see src/runtime/workers.ts for why not inherit).
      execArgv: [],
      // Not 'sync' (piscina's default): that parks an idle worker in Atomics.wait, so its event loop
      // stops between questions and its idle connections' errors and timeouts go unseen until the next one.
      atomics: 'disabled',
      workerData,
    });
    this.pool.on('message', (m: unknown) => {
      if (isIdleConnectionLost(m)) this.idleConnectionLost(m);
    });
  }

  /** Logs a worker's lost idle connection, at most once a minute, with how many were lost since the last line. */
  private idleConnectionLost(m: IdleConnectionLost): void {
    this.idleLost.since++;
    const now = Date.now();
    if (now - this.idleLost.loggedAt < IDLE_LOG_MS) return;
    this.options.log?.('warn', 'an answering thread lost an idle database connection; its next question connects again', {
      error: m.error,
      thread: m.thread,
      lostSinceLastLine: this.idleLost.since,
    });
    this.idleLost.loggedAt = now;
    this.idleLost.since = 0;
  }

  /** Articles held in the workers' caches now (each worker's figure from its last reply). */
  get cachedArticles(): number {
    return [...this.caches.values()].reduce((n, c) => n + c.size, 0);
  }

  /** Articles read from the database rather than a cache, over all workers. */
  get cacheMisses(): number {
    return [...this.caches.values()].reduce((n, c) => n + c.misses, 0);
  }

  get threads(): number {
    return this.options.threads;
  }

  /** Threads the pool runs now (for the tests: a replaced worker is a new thread id). */
  get threadIds(): number[] {
    return this.pool.threads.map((t: { threadId: number }) => t.threadId);
  }

  counts(): IndexCounts {
    const h = this.head();
    return { articles: h.articles, quotes: h.population.quotes, facts: h.population.facts, speakers: h.population.speakers };
  }

  articleRef(id: string): SourceRef | undefined {
    return this.refs.peek(`${this.head().version}:${id}`);
  }

  async answer(name: QueryName, args: readonly string[]): Promise<Answer> {
    const reply = await this.run({ kind: 'answer', head: this.head(), name, args: [...args] });
    if ('failed' in reply) return { command: name, query: args.filter(Boolean).join(' '), found: false, message: reply.failed, results: [] };
    return reply.value as Answer;
  }

  async context(recordId: string): Promise<AnswerResult | null> {
    const reply = await this.run({ kind: 'context', head: this.head(), recordId });
    return 'failed' in reply ? null : (reply.value as AnswerResult | null);
  }

  async suggest(kind: SuggestKind, prefix: string, limit: number): Promise<Choice[]> {
    const reply = await this.run({ kind: 'suggest', head: this.head(), suggest: kind, prefix, limit });
    return 'failed' in reply ? [] : (reply.value as Choice[]);
  }

  /**
   * Starts every worker and waits until each has loaded the answer code and reached the database,
   * so that the first questions are not the ones that wait (an HTTP interaction has 3 s).
   * @throws when a worker cannot start or connect, with the reason.
   */
  async warm(): Promise<void> {
    const started = await Promise.all(Array.from({ length: this.options.threads }, () => this.pool.run({ kind: 'warm', head: this.head() })));
    if (started.length !== this.options.threads) throw new Error('the answering threads did not start');
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }

  private async run(task: ScopedTask, retried = false): Promise<ScopedReply | { failed: string }> {
    const { log } = this.options;
    const timeoutMs = this.timeoutMs;
    try {
      const reply = await this.pool.run(task, { signal: AbortSignal.timeout(Math.ceil(timeoutMs)) });
      for (const line of reply.logs) log?.(line.level, line.msg, line.fields);
      for (const ref of reply.refs) this.refs.set(`${task.head.version}:${ref.id}`, ref);
      this.lastScope = reply.scope;
      this.lastBatches = reply.batches;
      this.caches.set(reply.thread, reply.cache);
      // A replaced worker's cache went with it.
      const live = new Set(this.threadIds);
      for (const id of this.caches.keys()) if (!live.has(id)) this.caches.delete(id);
      return reply;
    } catch (err) {
      const timedOut = (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError';
      // A connection the database ended is dropped by its pool: asked again, the question gets a fresh one.
      if (!timedOut && !retried && CONNECTION_LOST.test((err as Error).message)) {
        log?.('warn', 'a scoped question lost its database connection; asking it again', { kind: task.kind, error: (err as Error).message });
        return this.run(task, true);
      }
      log?.('error', timedOut ? 'a scoped question ran too long and was given up' : 'a scoped question failed on its worker thread', {
        kind: task.kind,
        error: (err as Error).message,
      });
      return {
        failed: timedOut
          ? `This question took longer than ${(timeoutMs / 1000).toFixed(timeoutMs < 10_000 ? 1 : 0)} s to answer from the shared database and was stopped. Try fewer or more specific words.`
          : 'This question could not be answered just now (the shared database or an answering thread failed). Please try again in a moment.',
      };
    }
  }
}

/** What node-postgres reports when the server ended a connection (an administrator, a restart, a failover). */
const CONNECTION_LOST = /terminat|Connection terminated|ECONNRESET|57P01|server closed the connection/i;

/** IDLE_CONNECTION_LOST, spelt out: importing the worker module's values here would run the worker's own setup. */
function isIdleConnectionLost(m: unknown): m is IdleConnectionLost {
  return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'coverage-bot:idle-connection-lost';
}
