import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageType } from 'discord-api-types/v10';
import { APP_ID, apiMessage } from '../test/e2e/fake-discord.js';

/** Processes bench/scale.ts starts as an operator would: `npm start` replicas and `npm run worker` workers. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ReplicaProcess {
  child: ChildProcess;
  url: string;
  /** Signs interactions this replica accepts. */
  key: KeyObject;
  /** From spawn until its index answered (the log's "index ready"). */
  startMs: number;
}

/**
 * `npm start` in HTTP interactions mode over the database; resolved with its URL once the index
 * answers. `env` adds settings (the scoped replica's, when measured).
 */
export function startReplicaProcess(url: string, dir: string, cwd = ROOT, env: Record<string, string> = {}): Promise<ReplicaProcess> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd,
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
      if (ready?.[1])
        resolve({ child, key: privateKey, url: ready[1].replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1'), startMs: Date.now() - started });
    });
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${err.slice(-800)}`)));
  });
}

/** `npm run worker` as a child process, resolved once it waits for jobs. */
export function startWorkerProcess(url: string, cwd = ROOT): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      cwd,
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

/**
 * One signed slash command over HTTP, as Discord posts it; resolves when the answer is complete:
 * the HTTP response, or for a deferred one the edit that reaches `sink`.
 */
export async function askOverHttp(
  url: string,
  key: KeyObject,
  sink: WebhookSink,
  command: string,
  options: { name: string; value: string }[],
): Promise<number> {
  const id = String((BigInt(Date.now() - 1420070400000) << 22n) | BigInt(++sent));
  const body = JSON.stringify({
    id,
    application_id: APP_ID,
    type: 2,
    token: `scale-${id}`,
    version: 1,
    guild_id: '222222222222222222',
    channel: { id: '333333333333333333', type: 0 },
    channel_id: '333333333333333333',
    member: {
      user: { id: '600000000000000001', username: 'bench', discriminator: '0', global_name: null, avatar: null },
      roles: [],
      permissions: '2147485696',
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '2048',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8388608,
    data: { id: '1', name: command, type: 1, options: options.map((o) => ({ ...o, type: 3 })) },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
  const t = performance.now();
  const edited = sink.waitFor(`scale-${id}`);
  const deferred = await new Promise<boolean>((resolve, reject) => {
    const req = http.request(
      `${url}/interactions`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          res.statusCode === 200 ? resolve((JSON.parse(text) as { type: number }).type === 5) : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  if (deferred) await edited;
  else sink.forget(`scale-${id}`);
  return performance.now() - t;
}

let sent = 0;

export interface WebhookSink {
  apiBase: string;
  waitFor(token: string): Promise<void>;
  forget(token: string): void;
  close(): Promise<void>;
}

/** Stands in for Discord's webhook routes (a deferred answer's edit), so nothing leaves the machine. */
export async function webhookSink(): Promise<WebhookSink> {
  const waiting = new Map<string, () => void>();
  const bot = { id: APP_ID, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
  const message = JSON.stringify(apiMessage('700000000000000001', bot, { type: MessageType.ChatInputCommand }));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const token = /\/webhooks\/\d+\/([^/?]+)/.exec(req.url ?? '')?.[1];
      if (token) waiting.get(token)?.();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(message);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    waitFor: (token) => new Promise((resolve) => waiting.set(token, () => (waiting.delete(token), resolve()))),
    forget: (token) => void waiting.delete(token),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
