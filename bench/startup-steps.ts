import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { joinCorpus, readSavedIndex } from '../src/index/snapshot.js';
import { openIndex, settleIndex } from '../src/index/build.js';
import { runNow } from '../src/runtime/slices.js';
import { CACHE } from './corpus.js';

/**
 * Where a start from a snapshot spends its time, one step after another: the file is read,
 * checked and parsed once by hand to split those steps, then the real reader, join and open run as
 * the bot runs them. Milliseconds by step.
 */
export async function startupSteps(seedsDir: string, indexPath: string): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  let t = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    steps[name] = Math.round(now - t);
    t = now;
  };
  const raw = await readFile(indexPath);
  step('read file');
  const newline = raw.indexOf(0x0a);
  const header = JSON.parse(raw.toString('utf8', 0, newline)) as { json: number };
  const payload = raw.subarray(newline + 1);
  createHash('sha256').update(payload).digest('hex');
  step('sha256');
  const text = payload.toString('utf8', 0, header.json);
  step('decode');
  JSON.parse(text);
  step('parse');
  const corpus = await loadCorpus(seedsDir);
  step('read folder');
  const saved = await readSavedIndex(indexPath);
  step('readSavedIndex (all of the above but the folder)');
  if (!saved) return steps;
  const data = joinCorpus(saved, corpus.articles);
  step('join records to texts');
  const index = openIndex(data);
  step('open (restore merge and search tables)');
  runNow(settleIndex(index));
  step('background work after start-up (facts parsed, name families made)');
  return steps;
}

/**
 * npx tsx bench/startup-steps.ts [size]: the steps in a fresh process, on the corpus and snapshot a
 * benchmark run left in bench/.cache (run `npm run bench` or `--only startup` first).
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = Number(process.argv[2] ?? 10000);
  const steps = await startupSteps(path.join(CACHE, `corpus-20240501-${size}`), path.join(CACHE, `snapshot-20240501-${size}`));
  process.stdout.write(`${JSON.stringify({ size, steps })}\n`);
}
