import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { readSavedIndex } from '../src/index/snapshot.js';
import { mergeExtractions } from '../src/extract/index.js';
import { CACHE } from './corpus.js';

/** tsx bench/merge-time.ts [snapshot file]: times mergeExtractions over a bench snapshot's parts. */
const file = process.argv[2] ?? path.join(CACHE, 'snapshot-20240501-10000');
let t = performance.now();
// The merge reads entities and ids only: the snapshot's records need not be joined to their texts.
const data = await readSavedIndex(file);
if (!data) throw new Error(`no snapshot at ${file}`);
process.stderr.write(`read ${data.parts.length} parts in ${(performance.now() - t).toFixed(0)} ms\n`);
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const x = mergeExtractions(data.parts);
  process.stderr.write(`merge: ${(performance.now() - t).toFixed(0)} ms (${x.entities.length} entities, ${x.quotes.length} quotes, ${x.facts.length} facts)\n`);
}
