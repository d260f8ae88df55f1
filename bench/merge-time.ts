import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { readSnapshot } from '../src/index/snapshot.js';
import { partsWithFacts } from '../src/index/build.js';
import { loadCorpus } from '../src/corpus/load.js';
import { mergeEntities, type MergedExtraction } from '../src/link/speakers.js';
import { CACHE } from './corpus.js';

/**
 * tsx bench/merge-time.ts [size]: times the corpus-wide speaker merge over a bench snapshot's
 * parts: from scratch, then given the previous merge with the last article added and removed again
 * (what a reindex of one new article runs).
 */
const size = Number(process.argv[2] ?? 10000);
const file = path.join(CACHE, `snapshot-20240501-${size}`);
let t = performance.now();
const data = await readSnapshot(file, (await loadCorpus(path.join(CACHE, `corpus-20240501-${size}`))).articles);
if (!data) throw new Error(`no snapshot at ${file}`);
const parts = partsWithFacts(data);
process.stderr.write(`read ${parts.length} parts in ${(performance.now() - t).toFixed(0)} ms\n`);
const timed = (what: string, run: () => MergedExtraction): MergedExtraction => {
  t = performance.now();
  const x = run();
  process.stderr.write(
    `${what}: ${(performance.now() - t).toFixed(0)} ms (${x.entities.length} entities, ${x.quotes.length} quotes, ${x.facts.length} facts)\n`,
  );
  return x;
};
for (let i = 0; i < 2; i++) timed('from scratch', () => mergeEntities(parts));
const all = parts;
const without = all.slice(0, -1);
let merged = mergeEntities(without);
for (let i = 0; i < 3; i++) {
  merged = timed('one article added', () => mergeEntities(all, { parts: without, merged }));
  merged = timed('and removed', () => mergeEntities(without, { parts: all, merged }));
}
