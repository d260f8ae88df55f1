import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { QueryName } from '../src/answer/commands.js';
import { FolderSource } from '../src/corpus/source.js';
import { openQueue } from '../src/queue/queue.js';
import { StoreReplica } from '../src/replica/replica.js';
import { DEFAULT_CACHE_ARTICLES, ScopedReplica } from '../src/replica/scoped.js';
import type { CoverageService } from '../src/service/coverage.js';
import { PgStore } from '../src/store/postgres.js';

/** One question of the replica bench: a query command, or 'autocomplete' (quotation suggestions) and 'speaker-autocomplete'. */
export interface ChildQuery {
  command: QueryName | 'autocomplete' | 'speaker-autocomplete';
  text: string;
}

export interface ChildResult {
  openMs: number;
  rssStartMB: number;
  rssAfterMB: number;
  queries: number;
  cacheArticles: number;
  latency: Record<string, { p50: number; p99: number; n: number }>;
  /** Per question, a digest of the answer: the bench counts where scoped and full agree. */
  digests: string[];
}

/** A replica process of bench/replica-memory.ts: opens, answers the questions, prints its figures as one JSON line. */
async function main(): Promise<void> {
  const [url = '', dir = '', mode = 'scoped', file = '', answersFile = ''] = process.argv.slice(2);
  const queries = JSON.parse(await readFile(file, 'utf8')) as ChildQuery[];
  const store = await PgStore.open(url);
  const boss = await openQueue(url);
  const options = { store, boss, source: new FolderSource(dir), pollMs: 3_600_000 };
  const t = performance.now();
  const replica = mode === 'full' ? await StoreReplica.open(options) : await ScopedReplica.open(options);
  const openMs = performance.now() - t;
  const rssStartMB = residentMB();
  const times = new Map<string, number[]>();
  const digests: string[] = [];
  const answers: unknown[] = [];
  for (const q of queries) {
    const started = performance.now();
    const answer = await ask(replica.service, q);
    digests.push(createHash('sha1').update(JSON.stringify(answer)).digest('hex'));
    if (answersFile) answers.push(answer);
    const list = times.get(q.command) ?? [];
    list.push(performance.now() - started);
    times.set(q.command, list);
  }
  const rssAfterMB = residentMB();
  // Every answer, when asked for: the bench then keeps the ones scoped and full answer differently.
  if (answersFile) await writeFile(answersFile, JSON.stringify(answers));
  const latency: ChildResult['latency'] = {};
  for (const [command, list] of times) latency[command] = { p50: quantile(list, 0.5), p99: quantile(list, 0.99), n: list.length };
  const result: ChildResult = {
    openMs,
    rssStartMB,
    rssAfterMB,
    queries: queries.length,
    cacheArticles: replica instanceof ScopedReplica ? replica.cache.capacity : DEFAULT_CACHE_ARTICLES,
    latency,
    digests,
  };
  await replica.close();
  await boss.stop({ graceful: false, wait: true });
  await store.close();
  console.log(JSON.stringify(result));
}

function ask(service: CoverageService, q: ChildQuery): Promise<unknown> {
  if (q.command === 'autocomplete') return service.suggestAsync('quotes', q.text);
  if (q.command === 'speaker-autocomplete') return service.suggestAsync('speakers', q.text);
  return service.answerAsync(q.command, q.command === 'sources' || q.command === 'help' ? [] : [q.text]);
}

/** Resident memory after a full collection, so garbage not yet collected is not counted. */
function residentMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

function quantile(list: number[], q: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
