import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { Article } from '../model/article.js';
import { extractorFingerprint } from '../index/fingerprint.js';
import { extractInline, isFailure, type ExtractResult } from '../runtime/workers.js';
import type { CoverageStore } from '../store/store.js';
import { EXTRACT_QUEUE, LINK_QUEUE, type ExtractJob, type LinkJob } from './queue.js';
import { linkVersion, type QueueLog } from './link.js';

export interface WorkerOptions {
  store: CoverageStore;
  boss: PgBoss;
  /** Seconds between polls of an empty queue (pg-boss's minimum is 0.5). */
  pollSeconds?: number;
  /** Extraction of one article; inline by default (this process answers nothing else). Tests pass one that fails on purpose. */
  extract?: (articles: Article[]) => Promise<readonly ExtractResult[]>;
  log?: QueueLog;
  /** Names this worker in the records it writes, for an operator tracing a record. */
  name?: string;
}

export interface ExtractionWorker {
  readonly name: string;
  /** Articles this worker extracted and stored, and those whose extraction failed. */
  readonly done: { stored: number; duplicate: number; failed: number };
  stop(): Promise<void>;
}

/**
 * Takes extraction jobs one at a time: extracts the article, writes its records in one
 * transaction, and, when its job was the version's last outstanding one, links the version.
 */
export async function startWorker(options: WorkerOptions): Promise<ExtractionWorker> {
  const { store, boss, log } = options;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const extract = options.extract ?? extractInline;
  const extractor = extractorFingerprint();
  const done = { stored: 0, duplicate: 0, failed: 0 };
  const handle = async (job: ExtractJob): Promise<void> => {
    // During a rolling upgrade: thrown, so the queue retries it (maybe on an upgraded worker), then records it failed with this reason.
    if (job.extractor !== extractor)
      throw new Error(`this worker runs other extraction code (${extractor}) than index version ${job.version} (${job.extractor}); upgrade the worker`);
    const key = { articleId: job.articleId, hash: job.hash };
    const article = await store.article(key);
    const [result] = article ? await extract([article]) : [{ articleId: job.articleId, failed: 'extraction failed: the article is no longer in the database' }];
    if (!result || isFailure(result)) {
      const reason = result?.failed ?? 'extraction failed: no result';
      done.failed++;
      log?.('warn', 'article extraction failed; the version is built without it', { version: job.version, article: job.articleId, reason });
      await store.recordFailure(job.version, key, reason);
    } else if (article && (await store.saveExtraction(result, extractor, name, article.text))) done.stored++;
    else done.duplicate++;
    if (await store.settleArticle(job.version, job.articleId)) await linkVersion(store, job.version, log);
  };
  /** A job that threw on its last try would never settle its article: record it as failed so the version still completes. */
  const giveUp = async (job: PgBoss.JobWithMetadata<ExtractJob>, err: Error): Promise<void> => {
    if (job.retryCount < job.retryLimit) return;
    const reason = `extraction failed: ${err.message}`;
    log?.('error', 'extraction job failed on its last try; the version is built without the article', {
      version: job.data.version,
      article: job.data.articleId,
      reason,
    });
    await store.recordFailure(job.data.version, { articleId: job.data.articleId, hash: job.data.hash }, reason);
    if (await store.settleArticle(job.data.version, job.data.articleId)) await linkVersion(store, job.data.version, log);
  };
  const polling = { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 1, includeMetadata: true } as const;
  let id = '';
  id = await boss.work<ExtractJob>(EXTRACT_QUEUE, polling, async (jobs) => {
    for (const job of jobs)
      await handle(job.data).catch(async (err: Error) => {
        await giveUp(job, err).catch(() => undefined);
        throw err;
      });
    // pg-boss waits a polling interval after each fetch, even a successful one: while jobs come, ask again at once.
    boss.notifyWorker(id);
  });
  const linker = await boss.work<LinkJob>(LINK_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 1 }, async (jobs) => {
    for (const job of jobs) if (await store.claimSettled(job.data.version)) await linkVersion(store, job.data.version, log);
  });
  log?.('info', 'extraction worker started', { worker: name, queue: EXTRACT_QUEUE });
  return {
    name,
    done,
    async stop() {
      await Promise.all([boss.offWork({ id }), boss.offWork({ id: linker })]);
    },
  };
}
