import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle, type ArticleExtraction } from '../extract/index.js';
import type { Article } from '../model/article.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

/** Below this many articles a one-off run (the CLI) extracts inline: starting workers (≈0.5 s each) costs more. */
export const WORKER_THRESHOLD = 24;

/** An article whose extraction threw or whose worker died: indexed without it, the reason reported. */
export interface ExtractFailure {
  articleId: string;
  failed: string;
}

export type ExtractResult = ArticleExtraction | ExtractFailure;

export function isFailure(r: ExtractResult): r is ExtractFailure {
  return 'failed' in r;
}

interface Job {
  id: number;
  article: Article;
  done: (r: ExtractResult) => void;
}

/**
 * Worker threads that extract articles, so the thread answering interactions never runs
 * compromise, however few files changed. Workers start on first use (compromise loads in each,
 * ≈0.5 s), stay for the next reindex, and do not keep the process alive while idle.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** `entry` is the worker's module; tests pass one that fails on purpose. */
  constructor(
    private readonly size = Math.max(1, availableParallelism()),
    private readonly entry = new URL('./extract-worker.ts', import.meta.url).href,
  ) {}

  /** Extracts every article, in input order; failures come back as ExtractFailure, never as a rejection. */
  readonly extract = (articles: Article[]): Promise<ExtractResult[]> => Promise.all(articles.map((a) => this.one(a)));

  /** Starts one worker and runs a short text through it, so the first reindex does not wait for compromise to load. */
  warm(article: Article): void {
    if (this.closed || this.workers > 0) return;
    void this.one(article);
  }

  /** Workers running now, busy or idle. */
  get workers(): number {
    return this.idle.length + this.busy.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.done({ articleId: job.article.id, failed: 'the service closed before it was extracted' });
    const all = [...this.idle.splice(0), ...this.busy.keys()];
    await Promise.all(all.map((w) => w.terminate()));
  }

  private one(article: Article): Promise<ExtractResult> {
    if (this.closed) return Promise.resolve({ articleId: article.id, failed: 'the service closed before it was extracted' });
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, article, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length && (this.idle.length || this.busy.size < this.size)) {
      const worker = this.idle.pop() ?? this.spawn();
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      // busy workers hold the process open (a reindex must finish); idle ones do not
      worker.ref();
      worker.postMessage({ id: job.id, article: job.article } satisfies ExtractRequest);
    }
  }

  private spawn(): Worker {
    // The shim registers its own TypeScript loader; inheriting the parent's --import flags would
    // load the parent's preloads (a .ts one fails before the loader exists) into every worker.
    const worker = new Worker(new URL('./worker-shim.mjs', import.meta.url), { workerData: { entry: this.entry }, execArgv: [] });
    worker.on('message', (reply: ExtractReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      worker.unref();
      if (!this.closed) this.idle.push(worker);
      job.done(reply.ok ? reply.part : { articleId: job.article.id, failed: `extraction failed: ${reply.error}` });
      this.pump();
    });
    const lost = (why: string): void => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      job?.done({ articleId: job.article.id, failed: `the extraction worker stopped (${why})` });
      if (!this.closed) this.pump();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return worker;
  }
}

/**
 * Extraction on the calling thread, for one-off commands that answer nothing else meanwhile (the
 * CLI): no worker start-up. A throwing article is left out with its reason, as the pool does.
 */
export async function extractInline(articles: Article[]): Promise<ExtractResult[]> {
  return articles.map((article) => {
    try {
      return extractArticle(article);
    } catch (err) {
      return { articleId: article.id, failed: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  });
}

/**
 * One-off extraction (CLI, benchmark): inline for a few articles, else on a pool closed at the
 * end. Rejects when an article fails, since there is no index to leave it out of.
 */
export async function extractArticles(articles: Article[], threads = availableParallelism()): Promise<ArticleExtraction[]> {
  const inline = articles.length < WORKER_THRESHOLD || threads < 1;
  const pool = inline ? null : new ExtractionPool(Math.min(threads, articles.length));
  try {
    const results = pool ? await pool.extract(articles) : await extractInline(articles);
    const failure = results.find(isFailure);
    if (failure) throw new Error(`Extraction failed for ${failure.articleId}: ${failure.failed}`);
    return results as ArticleExtraction[];
  } finally {
    await pool?.close();
  }
}
