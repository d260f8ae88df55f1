import { parentPort } from 'node:worker_threads';
import { type Draft, type ReadRequest, readDocument } from './document.js';
import { type ImportRefusalCode, ImportRefused } from './types.js';

export interface ReadMessage {
  id: number;
  request: ReadRequest;
}

export type ReadReply = { id: number; ok: true; draft: Draft } | { id: number; ok: false; reason: string; code: ImportRefusalCode | null };

parentPort?.on('message', async ({ id, request }: ReadMessage) => {
  let reply: ReadReply;
  try {
    reply = { id, ok: true, draft: await readDocument(request) };
  } catch (err) {
    const refused = err instanceof ImportRefused;
    reply = { id, ok: false, reason: refused ? err.reason : err instanceof Error ? err.message : String(err), code: refused ? err.code : null };
  }
  parentPort?.postMessage(reply);
});
