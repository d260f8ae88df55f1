import { generateCorpus } from './generate.js';
import { makeQueries } from './queries.js';
import { measureReindex } from './reindex.js';

/**
 * Run in a fresh process by the benchmark, so the reindex is measured as the bot lives: one
 * process holding one live index, not the benchmark's several indexes and baselines.
 */
const [seed, size, corpusDir, snapshot, scratch] = process.argv.slice(2);
const queries = makeQueries(Number(seed), generateCorpus(Number(seed), Number(size)), 200);
const stats = await measureReindex(Number(seed), corpusDir, snapshot, scratch, queries);
process.stdout.write(`${JSON.stringify(stats)}\n`);
process.exit(0);
