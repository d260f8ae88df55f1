import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openQueue } from '../../src/queue/queue.js';
import { PgStore } from '../../src/store/postgres.js';

const run = promisify(execFile);
/** Debian's runuser lives in /usr/sbin, which a CI job's PATH may lack. */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((f) => existsSync(f)) ?? 'runuser';

/** A throwaway PostgreSQL cluster: its own data folder, port and socket folder, removed by `stop`. */
export interface TestPostgres {
  /** A connection URL for a fresh database in the cluster (with pg_trgm), made on each call. */
  database(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const HOW_TO_INSTALL =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found. The store tests run against a real PostgreSQL: ' +
  'install it with `apt-get install postgresql postgresql-contrib` (CI does this in .ci/run), or set PG_BIN to the folder holding initdb.';

/** Where initdb lives: PG_BIN, the PATH, or the newest Debian install under /usr/lib/postgresql. */
export function postgresBin(): string {
  const candidates = [process.env.PG_BIN, ...(process.env.PATH ?? '').split(path.delimiter), ...debianBins()].filter((d): d is string => Boolean(d));
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(HOW_TO_INSTALL);
  return found;
}

function debianBins(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

/**
 * Starts a cluster on a free port of 127.0.0.1. initdb and postgres refuse to run as root, so as
 * root they run as the `postgres` system user (which the Debian package creates) over a folder it owns.
 */
/** One cluster for the whole test file: started before its tests, stopped and removed after them. */
export function usePostgres(): TestPostgres {
  const cluster = {} as TestPostgres;
  beforeAll(async () => {
    Object.assign(cluster, await startPostgres());
  }, 60_000);
  afterAll(async () => {
    await cluster.stop?.();
  });
  return cluster;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? await systemUser('postgres') : null;
  if (asRoot && !pgUser) throw new Error('Running as root, but there is no `postgres` system user to run PostgreSQL as (install the postgresql package).');
  if (pgUser) await chown(dir, pgUser.uid, pgUser.gid);
  const exec = (cmd: string, args: string[]) =>
    pgUser ? run(RUNUSER, ['-u', 'postgres', '--', path.join(bin, cmd), ...args]) : run(path.join(bin, cmd), args);
  const port = await freePort();
  await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  await exec('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '30', 'start']);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let made = 0;
  let stopped = false;
  // A test run cut short (a timeout, Ctrl-C) must not leave a server running: stop it on the way out, synchronously.
  const onExit = () => {
    if (stopped) return;
    const args = ['-D', data, '-m', 'immediate', 'stop'];
    try {
      if (pgUser) execFileSync(RUNUSER, ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(path.join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  return {
    async database(name = `coverage_${process.pid}_${made++}`) {
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = `${base}/${name}`;
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      } finally {
        await db.end();
      }
      return url;
    },
    async stop() {
      stopped = true;
      process.off('exit', onExit);
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function systemUser(name: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** What a test opened, closed after each test in reverse order (replicas before their connections). */
export interface TestConnections {
  /** One process's connections: a store and a queue client. */
  connect(url: string): Promise<{ store: PgStore; boss: PgBoss }>;
  /** Something else to close or remove after the test, before what was opened earlier. */
  defer(close: () => Promise<void>): void;
}

/** Registers an afterEach that closes, newest first, everything the test opened or deferred. */
export function useConnections(): TestConnections {
  let opened: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of opened.reverse()) await close();
    opened = [];
  });
  const defer = (close: () => Promise<void>) => {
    opened.push(close);
  };
  return {
    defer,
    async connect(url) {
      const store = await PgStore.open(url);
      const boss = await openQueue(url);
      defer(async () => {
        await boss.stop({ graceful: false, wait: true });
        await store.close();
      });
      return { store, boss };
    },
  };
}
