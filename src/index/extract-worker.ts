import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { Article } from '../model/article.js';

export interface ExtractRequest {
  id: number;
  articles: Article[];
}

export type ExtractReply =
  | { id: number; ok: true; parts: ReturnType<typeof extractArticle>[] }
  | { id: number; ok: false; error: string };

parentPort?.on('message', (req: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: req.id, ok: true, parts: req.articles.map(extractArticle) };
  } catch (err) {
    reply = { id: req.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort?.postMessage(reply);
});
