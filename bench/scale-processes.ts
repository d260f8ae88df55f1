import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Processes bench/scale.ts starts as an operator would: `npm start` replicas and `npm run worker` workers. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ReplicaProcess {
  child: ChildProcess;
  url: string;
  /** From spawn until its index answered (the log's "index ready"). */
  startMs: number;
}

/**
 * `npm start` in HTTP interactions mode over the database; resolved with its URL once the index
 * answers. `env` adds settings (the scoped replica's, when measured).
 */
export function startReplicaProcess(url: string, dir: string, env: Record<string, string> = {}): Promise<ReplicaProcess> {
  const { publicKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...withoutBenchHeap(process.env),
        DATABASE_URL: url,
        SEEDS_DIR: dir,
        INDEX_PATH: 'none',
        INTERACTIONS_PORT: '0',
        DISCORD_PUBLIC_KEY: hex,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: '',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-20_000);
      const ready = /"url":"(http:[^"]+)"[^\n]*"msg":"index ready"/.exec(err);
      if (ready?.[1]) resolve({ child, url: ready[1].replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1'), startMs: Date.now() - started });
    });
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${err.slice(-800)}`)));
  });
}

/** `npm run worker` as a child process, resolved once it waits for jobs. */
export function startWorkerProcess(url: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      cwd: ROOT,
      env: { ...withoutBenchHeap(process.env), DATABASE_URL: url, LOG_LEVEL: 'info', DISCORD_TOKEN: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-20_000);
      if (err.includes('waiting for extraction jobs')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${err.slice(-800)}`)));
  });
}

/** Waits until a replica's /healthz counts `articles`; returns when it did, or NaN after `timeoutMs`. */
export async function untilCount(url: string, articles: number, timeoutMs = 20 * 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { articles?: number };
    if (health.articles === articles) return performance.now();
    await new Promise((r) => setTimeout(r, 20));
  }
  return Number.NaN;
}

/** Resident memory of a process now, and its peak (VmHWM), in MB. */
export function residentMB(pid: number | undefined): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { now: mb('VmRSS'), peak: mb('VmHWM') };
}

export async function stopAll(children: ChildProcess[]): Promise<void> {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
}

/** The bench process may run with a large heap; replicas and workers run with Node's default, as deployed. */
function withoutBenchHeap(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS, ...rest } = env;
  const kept = (NODE_OPTIONS ?? '').replace(/--max-old-space-size=\d+/g, '').trim();
  return kept ? { ...rest, NODE_OPTIONS: kept } : rest;
}
