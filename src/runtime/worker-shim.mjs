// Worker threads do not inherit tsx's TypeScript loader reliably (npm start, vitest and plain
// node differ), so each worker registers it itself before loading the TypeScript entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
