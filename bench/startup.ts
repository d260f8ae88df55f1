import { performance } from 'node:perf_hooks';
import { CoverageService } from '../src/service/coverage.js';

/**
 * Run in a fresh process by the benchmark: what the bot does at start-up (load the corpus
 * folder, check and read the snapshot, build the search structures), and the memory it then holds.
 */
const [seedsDir, indexPath] = process.argv.slice(2);
const t = performance.now();
const service = await CoverageService.open({ seedsDir, indexPath });
const ms = performance.now() - t;
service.whosaid('warm up the answer path');
global.gc?.();
process.stdout.write(`${JSON.stringify({ ms, rssMB: process.memoryUsage().rss / 2 ** 20, heapMB: process.memoryUsage().heapUsed / 2 ** 20, counts: service.counts(), builtAt: service.index.data.builtAt })}\n`);
process.exit(0);
