import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { readSnapshot } from '../src/index/snapshot.js';
import { loadCorpus } from '../src/corpus/load.js';
import { mergeEntities } from '../src/link/speakers.js';
import { CACHE } from './corpus.js';

/** tsx bench/merge-time.ts [size]: times mergeEntities over a bench snapshot's parts. */
const size = Number(process.argv[2] ?? 10000);
const file = path.join(CACHE, `snapshot-20240501-${size}`);
let t = performance.now();
const data = await readSnapshot(file, (await loadCorpus(path.join(CACHE, `corpus-20240501-${size}`))).articles);
if (!data) throw new Error(`no snapshot at ${file}`);
process.stderr.write(`read ${data.parts.length} parts in ${(performance.now() - t).toFixed(0)} ms\n`);
for (const p of data.parts) void p.facts;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const x = mergeEntities(data.parts);
  process.stderr.write(`merge: ${(performance.now() - t).toFixed(0)} ms (${x.entities.length} entities, ${x.quotes.length} quotes, ${x.facts.length} facts)\n`);
}
