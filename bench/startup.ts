import { performance } from 'node:perf_hooks';
import { CoverageService } from '../src/service/coverage.js';
import { startupSteps } from './startup-steps.js';

/** A question the generated articles answer from their facts (people detained, in the generator's wording). */
const FIRST_QUESTION = 'how many people were detained?';
const SECOND_QUESTION = 'how many people were evacuated?';

/**
 * Run in a fresh process by the benchmark: what the bot does at start-up (read the corpus folder
 * and the snapshot, join them, restore the saved merge and search tables), how long until the
 * facts left for the background are parsed too, and the memory it then holds. With `ask-first`:
 * how long until an /ask put the moment start-up ends is answered. With `ask-settled`: how long the
 * first and the second /ask take once the background work is done (the first should cost no more).
 */
const [seedsDir, indexPath, mode] = process.argv.slice(2);
const t = performance.now();
const service = await CoverageService.open({ seedsDir, indexPath });
const ms = performance.now() - t;
if (mode === 'ask-settled') {
  // After the background work (facts parsed, /ask's word caches built): the first question, then a second.
  await service.settled();
  const first = performance.now();
  service.ask(FIRST_QUESTION);
  const second = performance.now();
  service.ask(SECOND_QUESTION);
  process.stdout.write(`${JSON.stringify({ settledFirstAskMs: second - first, settledSecondAskMs: performance.now() - second })}\n`);
  process.exit(0);
}
if (mode === 'ask-first') {
  // The worst case for /ask: asked the moment the bot answers, before any fact is parsed.
  const answer = service.ask(FIRST_QUESTION);
  process.stdout.write(`${JSON.stringify({ firstAskMs: performance.now() - t, found: answer.found })}\n`);
  process.exit(0);
}
// From the process's own start: Node, tsx and every module loaded too, as `npm start` would.
const processMs = performance.now();
// Facts are parsed after start-up, beside answers (see src/index/facts.ts): until when?
await service.settled();
const settledMs = performance.now() - t;
service.whosaid('warm up the answer path');
global.gc?.();
const memory = { rssMB: process.memoryUsage().rss / 2 ** 20, heapMB: process.memoryUsage().heapUsed / 2 ** 20 };
// The same start once more, step by step, to show where the time goes (see startup-steps.ts).
const result = {
  ms,
  processMs,
  settledMs,
  ...memory,
  counts: service.counts(),
  builtAt: service.index.data.builtAt,
  phases: await startupSteps(seedsDir, indexPath),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
