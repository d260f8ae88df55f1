import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load.js';
import { joinCorpus, readSavedIndex } from '../src/index/snapshot.js';
import { openIndex } from '../src/index/build.js';
import { CACHE } from './corpus.js';

/**
 * npx tsx bench/startup-steps.ts [size]: where a start from a snapshot spends its time, one step
 * after another in a fresh process, on the corpus and snapshot a benchmark run left in bench/.cache
 * (run `npm run bench` or `--only startup` first). The file is read, checked and parsed once by hand
 * to split those steps, then the real reader, join and open run as the bot runs them.
 */
const size = Number(process.argv[2] ?? 10000);
const dir = path.join(CACHE, `corpus-20240501-${size}`);
const file = path.join(CACHE, `snapshot-20240501-${size}`);
const steps: Record<string, number> = {};
let t = performance.now();
const step = (name: string): void => {
  const now = performance.now();
  steps[name] = Math.round(now - t);
  t = now;
};

const raw = await readFile(file);
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
const corpus = await loadCorpus(dir);
step('read folder');
const saved = await readSavedIndex(file);
step('readSavedIndex (all of the above but the folder)');
if (!saved) throw new Error(`no snapshot at ${file}`);
const data = joinCorpus(saved, corpus.articles);
step('join records to texts');
openIndex(data);
step('open (restore merge and search tables)');
process.stdout.write(`${JSON.stringify({ size, saved: Boolean(data.derived), steps })}\n`);
