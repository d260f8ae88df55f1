import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/source.js';
import { PgStore } from '../../src/store/postgres.js';
import { openQueue } from '../../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { seedCorpus } from '../helpers/corpus.js';
import { usePostgres } from '../helpers/postgres.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const cluster = usePostgres();

/** `npm run worker` as its own process, with only the environment given. */
function worker(env: Record<string, string>): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  return { child, stderr: () => err, exit: new Promise((r) => child.once('exit', (code) => r(code))) };
}

describe('npm run worker', { timeout: 120_000 }, () => {
  it('without DATABASE_URL exits 1 and says what to set', async () => {
    const w = worker({});
    expect(await w.exit).toBe(1);
    expect(w.stderr()).toMatch(/DATABASE_URL is not set/);
  });

  it('takes extraction jobs from the database, completes the version, and stops cleanly on SIGTERM', async () => {
    const corpus = await seedCorpus();
    const url = await cluster.database();
    const w = worker({ DATABASE_URL: url });
    const store = await PgStore.open(url);
    const boss = await openQueue(url);
    try {
      const job = await enqueueReindex(store, boss, new FolderSource(corpus.dir));
      const done = await waitForVersion(store, job.version, 60_000);
      expect(done).toMatchObject({ state: 'complete', articles: job.articles, failed: 0 });
      // The operator sees the version completed (logged with its counts).
      expect(w.stderr()).toContain('index version complete');
      w.child.kill('SIGTERM');
      expect(await w.exit).toBe(0);
    } finally {
      w.child.kill('SIGKILL');
      await boss.stop({ graceful: false, wait: true });
      await store.close();
      await corpus.cleanup();
    }
  });
});
