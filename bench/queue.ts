import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { FolderSource } from '../src/corpus/source.js';
import { extractArticles } from '../src/runtime/workers.js';
import { PgStore } from '../src/store/postgres.js';
import { openQueue } from '../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../src/queue/reindex.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { corpusFolder, generateCorpus } from './corpus.js';

/**
 * npm run bench:queue [-- --articles N] [--workers 1,2,4]
 * Extraction throughput through the job queue (worker processes taking jobs from a throwaway
 * PostgreSQL, records written per article, linking and completing the version included) beside
 * today's worker threads, on the same generated corpus. Prints a markdown table.
 */
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--articles') + 1]) || 400;
const COUNTS = args.includes('--workers') ? args[args.indexOf('--workers') + 1]!.split(',').map(Number) : [1, 2, 4];
const SEED = 20240501;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

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
}

/** `npm run worker` as a child process, resolved once it waits for jobs (compromise loaded, queue joined). */
function startWorkerProcess(url: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'info', DISCORD_TOKEN: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('waiting for extraction jobs')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${err.slice(-500)}`)));
  });
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
