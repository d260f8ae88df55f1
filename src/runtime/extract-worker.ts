import { parentPort } from 'node:worker_threads';
import { extractArticle, type ArticleExtraction } from '../extract/index.js';
import type { Article } from '../model/article.js';

/** One article per message: a failure or a crash then costs that article only. */
export interface ExtractRequest {
  id: number;
  article: Article;
}

export type ExtractReply = { id: number; ok: true; part: ArticleExtraction } | { id: number; ok: false; error: string };

parentPort?.on('message', (req: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: req.id, ok: true, part: extractArticle(req.article) };
  } catch (err) {
    reply = { id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
