import { appendFile, cp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';
import { CoverageService, type ReindexReport } from '../src/service/coverage.js';
import { RACY_WINDOW_MS } from '../src/corpus/load.js';
import { generateArticle } from './generate.js';
import type { BenchQuery } from './queries.js';
import { percentile } from './evaluate.js';

export interface ReindexTiming {
  /** From the call until the new index answers. */
  liveMs: number;
  /** Until the call returns: includes writing the snapshot. */
  totalMs: number;
  ok: boolean;
}

export interface LoadLatency {
  queries: number;
  p50: number;
  p99: number;
  max: number;
  coresBusy: number;
}

export interface UnderLoad extends ReindexTiming, LoadLatency {
  changed: number;
}

export interface ReindexStats {
  addOne: ReindexTiming;
  removeOne: ReindexTiming;
  /** The same query stream with no reindex running, for comparison. */
  idle: LoadLatency;
  underLoad: UnderLoad;
}

/**
 * One query every this many ms: twenty a second, far more than a newsroom channel sends, yet
 * under what one core answers, so a backlog means the main thread was blocked, not overloaded.
 */
export const ARRIVAL_MS = 50;

/**
 * Incremental reindex on a scratch copy of the corpus, through the service the bot uses: one
 * article added, then removed, then a few percent of the articles changed while the main thread
 * keeps answering queries that arrive at a steady rate.
 */
export async function measureReindex(seed: number, corpusDir: string, snapshot: string, scratch: string, queries: BenchQuery[]): Promise<ReindexStats> {
  await rm(scratch, { recursive: true, force: true });
  await cp(corpusDir, path.join(scratch, 'corpus'), { recursive: true });
  await cp(snapshot, path.join(scratch, 'index.snapshot'));
  // Files changed less than RACY_WINDOW_MS before a scan are read again by the next one (see
  // src/corpus/load.ts); a corpus is not usually copied seconds before the bot starts.
  await sleep(RACY_WINDOW_MS + 100);
  const service = await CoverageService.open({ seedsDir: path.join(scratch, 'corpus'), indexPath: path.join(scratch, 'index.snapshot') });
  // A reindex first waits for the facts a start from a snapshot parses in the background (about
  // 0.7 s after start-up here); a moderator adds an article to a bot that has been up a while.
  await service.settled();
  const size = service.counts().articles;
  const extra = generateArticle(seed, size);
  const extraFile = path.join(scratch, 'corpus', extra.file);
  await writeFile(extraFile, extra.text);
  const addOne = await timed(service);
  await unlink(extraFile);
  const removeOne = await timed(service);
  const idle = await answerWhile(service, queries, sleep(3000));
  const changed = await touch(path.join(scratch, 'corpus'), Math.max(50, Math.round(size * 0.02)));
  const run = timed(service);
  const during = await answerWhile(service, queries, run);
  const timing = await run;
  await rm(scratch, { recursive: true, force: true });
  return { addOne, removeOne, idle, underLoad: { ...during, liveMs: timing.liveMs, totalMs: timing.totalMs, ok: timing.ok, changed } };
}

async function timed(service: CoverageService): Promise<ReindexTiming & { report: ReindexReport }> {
  const before = service.index;
  const t = performance.now();
  let liveMs = -1;
  const running = service.reindex();
  let done = false;
  void running.finally(() => (done = true));
  while (!done && liveMs < 0) {
    if (service.index !== before) liveMs = performance.now() - t;
    await tick();
  }
  const report = await running;
  const totalMs = performance.now() - t;
  if (liveMs < 0) liveMs = totalMs;
  return { liveMs, totalMs, ok: report.ok, report };
}

/** Appends a sentence to `count` articles so their content hash changes. */
async function touch(dir: string, count: number): Promise<number> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const step = Math.max(1, Math.floor(names.length / count));
  const picked = names.filter((_, i) => i % step === 0).slice(0, count);
  await Promise.all(picked.map((n) => appendFile(path.join(dir, n), '\nThis article was updated with a correction.\n')));
  return picked.length;
}

/** Answers queries arriving at a steady rate until `until` settles; latency counts from arrival. */
async function answerWhile(service: CoverageService, queries: BenchQuery[], until: Promise<unknown>): Promise<LoadLatency> {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const t = performance.now();
  let done = false;
  void until.finally(() => (done = true));
  for (let i = 0; !done; i++) {
    const due = t + i * ARRIVAL_MS;
    const wait = due - performance.now();
    await (wait > 0 ? sleep(wait) : tick());
    ask(service, queries[i % queries.length]);
    // A main thread blocked by the reindex shows up here, as a backlog.
    latencies.push(performance.now() - due);
  }
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - t) / 1000;
  return {
    queries: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(0, ...latencies),
    coresBusy: (used.user + used.system) / 1e6 / seconds,
  };
}

function ask(service: CoverageService, q: BenchQuery): void {
  if (q.command === 'autocomplete') service.suggestQuotes(q.text);
  else if (q.command === 'whosaid') service.whosaid(q.text);
  else if (q.command === 'quote') service.quote(q.text, q.speaker);
  else service.ask(q.text);
}
