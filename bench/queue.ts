import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load.js';
import { FolderSource } from '../src/corpus/source.js';
import { extractArticles } from '../src/runtime/workers.js';
import { PgStore } from '../src/store/postgres.js';
import { openQueue } from '../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../src/queue/reindex.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { corpusFolder, generateCorpus } from './corpus.js';
import { residentMB, startReplicaProcess, startWorkerProcess, untilCount } from './scale-processes.js';

/**
 * npm run bench:queue [-- --articles N] [--workers 1,2,4] [--no-propagation | --propagation-only]
 * Extraction throughput through the job queue (worker processes taking jobs from a throwaway
 * PostgreSQL, records written per article, linking and completing the version included) beside
 * today's worker threads, on the same generated corpus; then the time for one added article to
 * reach two replicas, and their memory. Prints markdown tables.
 */
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--articles') + 1]) || 400;
const COUNTS = args.includes('--workers') ? args[args.indexOf('--workers') + 1]!.split(',').map(Number) : [1, 2, 4];
const SEED = 20240501;

interface Row {
  how: string;
  workers: number;
  seconds: number;
  perSec: number;
}

async function main(): Promise<void> {
  const dir = await corpusFolder(SEED, generateCorpus(SEED, N));
  const corpus = await loadCorpus(dir);
  log(`${corpus.articles.length} generated articles; ${availableParallelism()} cores`);
  if (args.includes('--propagation-only')) return propagation(dir, corpus.articles.length);
  const rows: Row[] = [];
  for (const threads of COUNTS) {
    const t = performance.now();
    await extractArticles(corpus.articles, threads);
    const seconds = (performance.now() - t) / 1000;
    rows.push({ how: 'worker threads (embedded)', workers: threads, seconds, perSec: corpus.articles.length / seconds });
    log(`threads ${threads}: ${seconds.toFixed(1)} s`);
  }
  const cluster = await startPostgres();
  try {
    for (const n of COUNTS) {
      const url = await cluster.database();
      const store = await PgStore.open(url);
      const boss = await openQueue(url);
      const children = await Promise.all(Array.from({ length: n }, () => startWorkerProcess(url)));
      try {
        const t = performance.now();
        const job = await enqueueReindex(store, boss, new FolderSource(dir));
        const done = await waitForVersion(store, job.version, 30 * 60_000, 50);
        const seconds = (performance.now() - t) / 1000;
        if (done.state !== 'complete') throw new Error(`version ${job.version} ${done.state}: ${done.error}`);
        rows.push({ how: 'queue worker processes (PostgreSQL)', workers: n, seconds, perSec: job.articles / seconds });
        log(`queue ${n}: ${seconds.toFixed(1)} s`);
      } finally {
        for (const c of children) c.kill('SIGTERM');
        await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
        await boss.stop({ graceful: false, wait: true });
        await store.close();
      }
    }
  } finally {
    await cluster.stop();
  }
  console.log(`\n| extraction of ${corpus.articles.length} articles | workers | seconds | articles/s |\n|---|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.how} | ${r.workers} | ${r.seconds.toFixed(1)} | ${r.perSec.toFixed(1)} |`);
  if (!args.includes('--no-propagation')) await propagation(dir, corpus.articles.length);
}

/**
 * Two replicas (`npm start` in HTTP mode with DATABASE_URL, as separate processes) and two
 * workers over one database: one article is added and a reindex enqueued; measured until both
 * replicas' /healthz count it. Also each replica's resident memory once it answers.
 */
async function propagation(source: string, n: number): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bench-'));
  await cp(source, dir, { recursive: true });
  const cluster = await startPostgres();
  const children: ChildProcess[] = [];
  try {
    const url = await cluster.database();
    const store = await PgStore.open(url);
    const boss = await openQueue(url);
    children.push(...(await Promise.all([startWorkerProcess(url), startWorkerProcess(url)])));
    const first = await enqueueReindex(store, boss, new FolderSource(dir));
    await waitForVersion(store, first.version, 30 * 60_000, 50);
    const replicas = await Promise.all([startReplicaProcess(url, dir), startReplicaProcess(url, dir)]);
    children.push(...replicas.map((r) => r.child));
    const rss = replicas.map((r) => residentMB(r.child.pid).now);
    await writeFile(
      path.join(dir, 'zz-added.txt'),
      'Quay lights replaced\nDate: 2025-06-01\n\n"The new lamps use a third of the power," said Ines Varga, the harbour engineer.\n',
    );
    const t = performance.now();
    const job = await enqueueReindex(store, boss, new FolderSource(dir));
    const done = await waitForVersion(store, job.version, 30 * 60_000, 20);
    const completeMs = performance.now() - t;
    await Promise.all(replicas.map((r) => untilCount(r.url, n + 1)));
    const allMs = performance.now() - t;
    const size = await store.pool.query<{ total: string; records: string; jobs: string }>(
      `SELECT pg_database_size(current_database()) AS total,
        (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
         WHERE s.nspname = 'public' AND c.relkind = 'r') AS records,
        (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
         WHERE s.nspname = 'pgboss' AND c.relkind = 'r') AS jobs`,
    );
    const mb = (bytes: string | undefined) => (Number(bytes ?? 0) / 2 ** 20).toFixed(1);
    const row = size.rows[0];
    await boss.stop({ graceful: false, wait: true });
    await store.close();
    console.log(`\n| ${n} articles, 2 replicas + 2 workers | value |\n|---|---:|`);
    console.log(
      `| database: store tables with indexes (2 versions) / job tables / whole database | ${mb(row?.records)} / ${mb(row?.jobs)} / ${mb(row?.total)} MB |`,
    );
    console.log(`| one article added: new version complete (enqueue → linked → NOTIFY) | ${completeMs.toFixed(0)} ms (${done.state}) |`);
    console.log(`| … and answering on both replicas | ${allMs.toFixed(0)} ms |`);
    console.log(`| replica resident memory after start | ${rss.map((m) => `${m} MB`).join(', ')} |`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
