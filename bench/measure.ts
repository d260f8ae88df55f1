import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ArticleExtraction } from '../src/extract/index.js';
import type { Article } from '../src/model/article.js';
import { extractArticles } from '../src/runtime/workers.js';
import { writeSnapshot, readSnapshot } from '../src/index/snapshot.js';
import type { CoverageIndex, IndexData } from '../src/index/build.js';
import { CACHE } from './corpus.js';
import type { ReindexStats } from './reindex.js';

export interface ExtractionStats {
  articles: number;
  mb: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  /** CPU time over wall time: about the number of cores kept busy. */
  coresBusy: number;
  /** When the figures come from the cache, the run that measured them. */
  measuredAt: string;
  cached: boolean;
}

interface CachedExtraction {
  stats: ExtractionStats;
  parts: ArticleExtraction[];
}

/**
 * Extracts with the real extractors on every core. Large sizes reuse a cached extraction keyed
 * by the extractor's code hash, reporting the throughput measured when it was made.
 */
export async function extractAll(articles: Article[], key: string, useCache: boolean): Promise<CachedExtraction> {
  const file = path.join(CACHE, `extract-${key}.json`);
  if (useCache) {
    const cached = await readFile(file, 'utf8').then(
      (s) => JSON.parse(s) as CachedExtraction,
      () => null,
    );
    if (cached) return { ...cached, stats: { ...cached.stats, cached: true } };
  }
  const cpu = process.cpuUsage();
  const t = performance.now();
  const parts = await extractArticles(articles);
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 2 ** 20;
  const stats: ExtractionStats = {
    articles: articles.length,
    mb,
    seconds,
    articlesPerSec: articles.length / seconds,
    mbPerSec: mb / seconds,
    coresBusy: (used.user + used.system) / 1e6 / seconds,
    measuredAt: new Date().toISOString(),
    cached: false,
  };
  if (useCache) await writeFile(file, JSON.stringify({ stats, parts }));
  return { stats, parts };
}

export interface SnapshotStats {
  writeMs: number;
  readMs: number;
  mb: number;
}

/** Writes the snapshot as the bot does (with the index's start-up work), then reads it back. */
export async function snapshotRoundTrip(file: string, data: IndexData, index: CoverageIndex): Promise<SnapshotStats> {
  let t = performance.now();
  await writeSnapshot(file, data, index);
  const writeMs = performance.now() - t;
  t = performance.now();
  await readSnapshot(file, data.articles);
  const readMs = performance.now() - t;
  return { writeMs, readMs, mb: (await stat(file)).size / 2 ** 20 };
}

export interface StartupStats {
  /** Opening the index: reading the folder and the snapshot, building what answers need. */
  ms: number;
  /** The same moment counted from the process's start (modules loaded too). */
  processMs?: number;
  /** From the same start until the facts left for the background are parsed too (see src/index/facts.ts). */
  settledMs?: number;
  /** In another fresh process: from the same start until an /ask put right after start-up is answered. */
  firstAskMs?: number;
  /** In another fresh process, once the background work is done: the first /ask's time and a second's. */
  settledFirstAskMs?: number;
  settledSecondAskMs?: number;
  rssMB: number;
  heapMB: number;
  builtAt: string;
  /** The start-up steps timed one by one (a second pass in the same process). */
  phases?: Record<string, number>;
}

/** Start-up and resident memory as the bot sees them: a fresh process opening from the snapshot. */
export async function startup(seedsDir: string, indexPath: string): Promise<StartupStats> {
  const stats = await child<StartupStats>('startup.ts', [seedsDir, indexPath], ['--expose-gc']);
  const { firstAskMs } = await child<{ firstAskMs: number }>('startup.ts', [seedsDir, indexPath, 'ask-first']);
  const settled = await child<{ settledFirstAskMs: number; settledSecondAskMs: number }>('startup.ts', [seedsDir, indexPath, 'ask-settled']);
  return { ...stats, firstAskMs, ...settled };
}

export async function reindexInChild(seed: number, size: number, corpusDir: string, snapshot: string, scratch: string): Promise<ReindexStats> {
  return child<ReindexStats>('reindex-child.ts', [String(seed), String(size), corpusDir, snapshot, scratch]);
}

async function child<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const file = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const { stdout } = await promisify(execFile)(tsx, [...nodeFlags, file, ...args], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T;
}
