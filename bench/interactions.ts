import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
} from 'discord-api-types/v10';
import { CoverageService } from '../src/service/coverage.js';
import { CACHE, corpusFolder } from './corpus.js';
import { generateCorpus } from './generate.js';
import { makeQueries, type BenchQuery } from './queries.js';
import { APP_ID, apiMessage } from '../test/e2e/fake-discord.js';
import { MessageType } from 'discord-api-types/v10';

/**
 * Signed interactions per second and latency percentiles through the real HTTP mode: 1 and 2
 * replica processes started as `npm start` would (node --import tsx src/main.ts, log level info),
 * over one generated corpus, with a load generator here spreading requests round-robin over the
 * replicas like a load balancer. Each request is built and signed as it is sent (tens of
 * microseconds); a local sink stands in for Discord's webhook routes, so a deferred answer's edit
 * costs what it would. Everything shares this machine's cores: the generator
 * too, so 2 replicas on 2 cores show the ceiling of one box, not of a fleet.
 *
 *   npx tsx bench/interactions.ts [--size 1000] [--requests 3000] [--concurrency 32]
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 20240501;

export interface LoadResult {
  replicas: number;
  workload: 'ping' | 'queries';
  requests: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Answers sent as "thinking…" plus an edit (the router defers an interaction already 1.5 s old when it gets to it). */
  deferred: number;
}

export interface InteractionsBench {
  size: number;
  cores: number;
  /** The 1-minute load average when the run began (other work on the machine). */
  loadAtStart: number;
  rows: LoadResult[];
}

export async function benchInteractions(
  log: (msg: string) => void,
  options: { size?: number; requests?: number; concurrency?: number } = {},
): Promise<InteractionsBench> {
  const size = options.size ?? 1000;
  const requests = options.requests ?? 3000;
  const concurrency = options.concurrency ?? 8;
  const generated = generateCorpus(SEED, size);
  const dir = await corpusFolder(SEED, generated);
  const snapshot = path.join(CACHE, `interactions-${SEED}-${size}.snapshot`);
  log(`interactions: indexing ${size} articles once (snapshot shared by the replicas)…`);
  const service = await CoverageService.open({ seedsDir: dir, indexPath: snapshot });
  await service.close();
  const { publicHex, privateKey } = keyPair();
  const sink = await webhookSink();
  const loadAtStart = loadavg()[0];
  const queries = makeQueries(SEED, generated, 100).filter((q) => q.command !== 'autocomplete');
  const rows: LoadResult[] = [];
  for (const replicas of [1, 2]) {
    const running = await Promise.all(Array.from({ length: replicas }, () => startReplica(dir, snapshot, publicHex, sink.apiBase)));
    try {
      const urls = running.map((r) => r.url);
      for (const workload of ['ping', 'queries'] as const) {
        const make = (i: number) => (workload === 'ping' ? pingPayload() : queryPayload(queries[i % queries.length], i));
        await load(urls, privateKey, make, 200, concurrency); // warm-up
        const row = await load(urls, privateKey, make, requests, concurrency);
        rows.push({ replicas, workload, ...row, deferred: sink.take() });
        log(
          `interactions: ${replicas} replica(s), ${workload}: ${row.perSecond.toFixed(0)}/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors, ${rows[rows.length - 1].deferred} deferred`,
        );
      }
    } finally {
      await Promise.all(running.map((r) => r.stop()));
    }
  }
  await sink.close();
  return { size, cores: availableParallelism(), loadAtStart, rows };
}

export function interactionsTable(b: InteractionsBench): string {
  const head = '| replicas | workload | requests | concurrency | interactions/s | p50 ms | p99 ms | errors | deferred |\n|---|---|---|---|---|---|---|---|---|';
  const lines = b.rows.map(
    (r) =>
      `| ${r.replicas} | ${r.workload} | ${r.requests} | ${r.concurrency} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.deferred} |`,
  );
  return `${size(b)}\n\n${head}\n${lines.join('\n')}`;
}

function size(b: InteractionsBench): string {
  return `Signed HTTP interactions over ${b.size} generated articles; ${b.cores} cores shared by the replicas and the load generator; load average ${b.loadAtStart.toFixed(1)} at the start.`;
}

interface Replica {
  url: string;
  stop(): Promise<void>;
}

/** One replica as `npm start` runs it in HTTP mode; resolves once its index answers. */
function startReplica(seedsDir: string, indexPath: string, publicKey: string, apiBase: string): Promise<Replica> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SEEDS_DIR: seedsDir,
    INDEX_PATH: indexPath,
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: publicKey,
    DISCORD_API_BASE: apiBase,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`replica did not start in 120 s:\n${seen.slice(-2000)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      if (seen.length < 100_000) seen += chunk.toString();
      const line = seen.split('\n').find((l) => l.includes('"msg":"index ready"'));
      if (!line) return;
      clearTimeout(timer);
      // Keep draining its log so a full pipe never slows it down.
      seen = '';
      child.stderr?.off('data', onData);
      child.stderr?.resume();
      resolve({ url: (JSON.parse(line) as { url: string }).url, stop: () => stop(child) });
    };
    child.stderr?.on('data', onData);
    child.stdout?.resume();
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}:\n${seen.slice(-2000)}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Sends `count` signed interactions, `concurrency` at a time, round-robin over `urls`. */
async function load(
  urls: string[],
  key: KeyObject,
  make: (i: number) => APIInteraction,
  count: number,
  concurrency: number,
): Promise<Omit<LoadResult, 'replicas' | 'workload' | 'deferred'>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      // Built and signed as it is sent, as Discord does: its id (a timestamp) is fresh when it arrives.
      const request = signed(key, JSON.stringify(make(i)));
      const t = performance.now();
      const status = await post(agent, urls[i % urls.length], request);
      latencies.push(performance.now() - t);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requests: count, concurrency, perSecond: count / seconds, p50: at(0.5), p99: at(0.99), errors };
}

function post(agent: http.Agent, url: string, req: { body: string; headers: Record<string, string> }): Promise<number> {
  return new Promise((resolve) => {
    const r = http.request(`${url}/interactions`, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...req.headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    r.on('error', () => resolve(0));
    r.end(req.body);
  });
}

/** Answers every webhook edit or follow-up with a plain message, and counts them. */
async function webhookSink(): Promise<{ apiBase: string; take(): number; close(): Promise<void> }> {
  let count = 0;
  const message = JSON.stringify(
    apiMessage(
      '700000000000000001',
      { id: APP_ID, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
      { type: MessageType.ChatInputCommand },
    ),
  );
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.includes('/webhooks/')) count++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(message);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    take: () => {
      const n = count;
      count = 0;
      return n;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

function keyPair(): { publicHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicHex: Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex'), privateKey };
}

function signed(key: KeyObject, body: string): { body: string; headers: Record<string, string> } {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
  return { body, headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
}

let sequence = 0n;
/** A snowflake for now, so the router sees a fresh interaction and answers in the response. */
function snowflake(): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | sequence).toString();
}

function pingPayload(): APIInteraction {
  const id = snowflake();
  return { id, application_id: '111111111111111111', type: InteractionType.Ping, token: `bench-${id}`, version: 1 } as APIInteraction;
}

const option = (name: string, value: string): APIApplicationCommandInteractionDataBasicOption => ({ name, type: ApplicationCommandOptionType.String, value });

/** A guild slash command as Discord sends it, for one of the benchmark's queries. */
function queryPayload(q: BenchQuery, i: number): APIInteraction {
  const id = snowflake();
  const options =
    q.command === 'whosaid'
      ? [option('text', q.text)]
      : q.command === 'ask'
        ? [option('question', q.text)]
        : [option('topic', q.text), ...(q.speaker ? [option('speaker', q.speaker)] : [])];
  const user = { id: `61000000000${String(i % 100000).padStart(7, '0')}`, username: `reader${i}`, discriminator: '0', global_name: null, avatar: null };
  return {
    id,
    application_id: '111111111111111111',
    type: InteractionType.ApplicationCommand,
    token: `bench-${id}`,
    version: 1,
    guild_id: '222222222222222222',
    channel: { id: '333333333333333333', type: 0 },
    channel_id: '333333333333333333',
    member: { user, roles: [], permissions: '2147485696', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    app_permissions: '2048',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8388608,
    data: { id: '1', name: q.command, type: ApplicationCommandType.ChatInput, options },
  } as unknown as APIInteraction;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const num = (flag: string) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  benchInteractions((m) => process.stderr.write(`${m}\n`), { size: num('--size'), requests: num('--requests'), concurrency: num('--concurrency') }).then(
    (b) => process.stdout.write(`${interactionsTable(b)}\n`),
    (err: unknown) => {
      process.stderr.write(`interactions benchmark failed: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
