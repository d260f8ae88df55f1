import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle, type ArticleExtraction } from '../extract/index.js';
import type { Article } from '../model/article.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

/** Below this many articles, starting workers (≈0.5 s each, compromise included) costs more than it saves. */
export const WORKER_THRESHOLD = 24;
/** Small batches keep every worker busy to the end while keeping messages few. */
const BATCH = 4;

/**
 * Extracts on worker threads so a large reindex uses every core and the main thread stays free
 * to answer from the live index; small batches run inline. Results keep the input order.
 */
export async function extractArticles(articles: Article[], threads = availableParallelism()): Promise<ArticleExtraction[]> {
  if (articles.length < WORKER_THRESHOLD || threads < 1) return articles.map(extractArticle);
  const workers = Array.from({ length: Math.min(threads, Math.ceil(articles.length / BATCH)) }, spawn);
  try {
    return await distribute(workers, articles);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function spawn(): Worker {
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(new URL('./worker-shim.mjs', import.meta.url), { workerData: { entry } });
}

/** Hands each idle worker the next batch until none is left; the first failure rejects. */
function distribute(workers: Worker[], articles: Article[]): Promise<ArticleExtraction[]> {
  const results: ArticleExtraction[][] = [];
  let next = 0;
  let pending = 0;
  return new Promise((resolve, reject) => {
    const feed = (w: Worker): void => {
      if (next >= articles.length) {
        if (pending === 0) resolve(results.flat());
        return;
      }
      const req: ExtractRequest = { id: next / BATCH, articles: articles.slice(next, next + BATCH) };
      next += BATCH;
      pending++;
      w.postMessage(req);
    };
    for (const w of workers) {
      w.on('message', (reply: ExtractReply) => {
        pending--;
        if (!reply.ok) return reject(new Error(`Extraction failed in a worker: ${reply.error}`));
        results[reply.id] = reply.parts;
        feed(w);
      });
      w.on('error', reject);
      w.on('exit', (code) => code !== 0 && next < articles.length && reject(new Error(`An extraction worker stopped (exit code ${code}).`)));
      feed(w);
    }
  });
}
