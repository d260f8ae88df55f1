// A pool worker (piscina) loads this plain module, which registers tsx's TypeScript loader before
// loading the TypeScript entry (as src/runtime/worker-shim.mjs does) and hands on its handler.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.entry);
export default entry.default;
