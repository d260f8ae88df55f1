import { parentPort } from 'node:worker_threads';
import { type Draft, type ReadTask, runTask } from './document.js';
import { type FeedItem, type ImportRefusalCode, ImportRefused } from './types.js';

export interface ReadMessage {
  id: number;
  task: ReadTask;
}

export type ReadReply = { id: number; ok: true; result: Draft | FeedItem[] } | { id: number; ok: false; reason: string; code: ImportRefusalCode | null };

parentPort?.on('message', async ({ id, task }: ReadMessage) => {
  let reply: ReadReply;
  try {
    reply = { id, ok: true, result: await runTask(task) };
  } catch (err) {
    const refused = err instanceof ImportRefused;
    reply = { id, ok: false, reason: refused ? err.reason : err instanceof Error ? err.message : String(err), code: refused ? err.code : null };
  }
  parentPort?.postMessage(reply);
});
