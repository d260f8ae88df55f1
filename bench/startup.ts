import { performance } from 'node:perf_hooks';
import { CoverageService } from '../src/service/coverage.js';
import { loadCorpus } from '../src/corpus/load.js';
import { readSnapshot } from '../src/index/snapshot.js';
import { mergeExtractions } from '../src/extract/index.js';
import { CoverageSearch } from '../src/index/search.js';

/**
 * Run in a fresh process by the benchmark: what the bot does at start-up (load the corpus
 * folder, check and read the snapshot, build the search structures), and the memory it then holds.
 */
const [seedsDir, indexPath] = process.argv.slice(2);
const t = performance.now();
const service = await CoverageService.open({ seedsDir, indexPath });
const ms = performance.now() - t;
// From the process's own start: Node, tsx and every module loaded too, as `npm start` would.
const processMs = performance.now();
service.whosaid('warm up the answer path');
global.gc?.();
const memory = { rssMB: process.memoryUsage().rss / 2 ** 20, heapMB: process.memoryUsage().heapUsed / 2 ** 20 };
const result = { ms, processMs, ...memory, counts: service.counts(), builtAt: service.index.data.builtAt, phases: await phases() };
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);

/** The same steps once more, one by one, to show where start-up time goes. */
async function phases(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const s = performance.now();
    const v = await fn();
    out[name] = performance.now() - s;
    return v;
  };
  const corpus = await step('loadFolderMs', () => loadCorpus(seedsDir));
  const data = await step('readSnapshotMs', () => readSnapshot(indexPath, corpus.articles));
  if (!data) return out;
  const x = await step('mergeEntitiesMs', () => mergeExtractions(data.parts));
  await step('searchBuildMs', () => new CoverageSearch(new Map(corpus.articles.map((a) => [a.id, a])), x.quotes, x.facts, x.entities));
  return out;
}
