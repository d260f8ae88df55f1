import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusHash } from '../../src/index/build.js';
import { readSavedIndex } from '../../src/index/snapshot.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES } from '../e2e/corpus.js';
import { APP_ID, FakeDiscord, GUILD_ID, type RecordedRequest } from '../e2e/fake-discord.js';
import { botEnv, interact, TOKEN } from '../e2e/harness.js';
import { MODERATOR, slash, str, user } from '../e2e/payloads.js';

/**
 * The bot as operators run it (`npm start` is `exec node --import tsx src/main.ts`), in a child
 * process against the local fake Discord: faults inside the process, and signals.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const BOT = ['--import', 'tsx', 'src/main.ts'];
/** Adds, before main.ts, a module that throws from a timer on SIGUSR2 (test-only, not in src/). */
const WITH_FAULTS = ['--import', 'tsx', '--import', './test/reliability/fault-injector.ts', 'src/main.ts'];

let fake: FakeDiscord;
let corpus: { dir: string; cleanup: () => Promise<void> };
let dataDir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  corpus = await tempCorpus(ARTICLES);
  dataDir = await mkdtemp(path.join(tmpdir(), 'coverage-process-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) killGroup(c);
  await fake?.stop();
  await corpus?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => botEnv(fake.apiBase, corpus.dir, extra);

interface Running {
  child: ChildProcess;
  output: () => string;
  logs: () => Array<Record<string, any>>;
  /** The first log entry (past or future) that matches. */
  log: (match: (e: Record<string, any>) => boolean, timeoutMs?: number) => Promise<Record<string, any>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(command: string, args: string[], extra: Record<string, string> = {}): Running {
  // Its own process group, so nothing is left behind whatever the test does.
  const child = spawn(command, args, { cwd: ROOT, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (c: Buffer) => {
    out += c.toString();
    for (const w of [...waiters]) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const logs = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, any>);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const log = (match: (e: Record<string, any>) => boolean, timeoutMs = 20_000) =>
    new Promise<Record<string, any>>((resolve, reject) => {
      const check = () => {
        const found = logs().find(match);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching log line within ${timeoutMs} ms; output so far:\n${out.slice(-3000)}`));
      }, timeoutMs);
      waiters.add(check);
      void exited.then(() =>
        setImmediate(
          () => waiters.has(check) && (waiters.delete(check), clearTimeout(timer), reject(new Error(`the bot exited; output:\n${out.slice(-3000)}`))),
        ),
      );
      check();
    });
  return { child, output: () => out, logs, log, exited };
}

const msg = (text: string) => (e: Record<string, any>) => e.msg === text;

describe('faults inside the running bot', () => {
  it('an unhandled rejection (a malformed gateway event) and an uncaught exception are logged with context, and the bot keeps answering', async () => {
    const bot = start(process.execPath, WITH_FAULTS);
    await bot.log(msg('bot ready'), 40_000);

    // A real fault path: a role whose permissions are not a number. discord.js's handler throws
    // (BigInt('abc')) inside the gateway's async message handler, where nothing catches it.
    // (Malformed interactions no longer get that far: the bot's intake answers them first.)
    fake.dispatch(GatewayDispatchEvents.GuildRoleCreate, { guild_id: GUILD_ID, role: { id: '1', name: 'odd', permissions: 'abc' } });
    const rejection = await bot.log(msg('unhandled promise rejection (the bot keeps running)'));
    expect(rejection).toMatchObject({ level: 50, origin: 'unhandledRejection', faults: 1, err: { type: 'SyntaxError' } });
    expect(rejection.err.stack).toMatch(/discord\.js/);
    expect(rejection.uptimeS).toBeGreaterThanOrEqual(0);

    process.kill(bot.child.pid!, 'SIGUSR2');
    const uncaught = await bot.log(msg('uncaught exception (the bot keeps running)'));
    expect(uncaught).toMatchObject({
      level: 50,
      origin: 'uncaughtException',
      faults: 2,
      err: { type: 'Error', message: 'injected uncaught exception (fault-injector)' },
    });
    expect(uncaught.err.stack).toContain('fault-injector.ts');

    // Still the same connection, still answering.
    const reply = await interact(fake, slash('sources', [], user(1)), 10_000);
    expect(reply.message.embeds?.[0]?.title).toBe('4 articles indexed');
    expect(fake.gateway).toMatchObject({ connections: 1, identifies: 1 });
    expect(bot.child.exitCode).toBe(null);

    process.kill(bot.child.pid!, 'SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.output()).not.toContain(TOKEN);
  }, 60_000);
});

describe('SIGTERM', () => {
  it('during in-flight replies and a running reindex (and sent twice): replies finish, the gateway closes after them, exit 0, the snapshot is complete', async () => {
    const indexPath = path.join(dataDir, 'index.snapshot');
    const bot = start(process.execPath, BOT, { INDEX_PATH: indexPath });
    await bot.log(msg('bot ready'), 40_000);
    const old = await readSavedIndex(indexPath);
    expect(old?.corpusHash).toBe(corpusHash((await loadCorpus(corpus.dir)).articles));

    // The corpus changes; a moderator asks for a reindex and a member asks a question. Both
    // replies are held in flight at the fake (the bot is waiting on Discord) when SIGTERM comes.
    await writeFile(
      path.join(corpus.dir, 'bridge.txt'),
      'Bridge reopens\nDate: 2024-07-01\n\n"The bridge is safe for traffic again," engineer Rosa Park said.\n',
    );
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const reindex = slash('reindex', [], MODERATOR);
    const question = slash('whosaid', [str('text', 'fishing fleet cannot wait')], user(60));
    for (const i of [reindex, question]) fake.hold({ path: new RegExp(`^/interactions/${i.id}/`) }, until);
    const held = Promise.all([reindex, question].map((i) => fake.waitForHeld((r) => r.path.startsWith(`/interactions/${i.id}/`), 15_000)));
    fake.sendInteraction(reindex);
    fake.sendInteraction(question);
    await held;

    process.kill(bot.child.pid!, 'SIGTERM');
    await bot.log(msg('shutting down: finishing in-flight replies, then closing connections'));
    // A second signal (npm and the process group each forward one) must not cut the stop short.
    process.kill(bot.child.pid!, 'SIGTERM');
    await bot.log(msg('already shutting down; still finishing in-flight replies'));
    // Not stopped yet: the gateway is open, and what arrives meanwhile is still answered.
    expect(fake.connected).toBe(true);
    const late = await interact(fake, slash('sources', [], user(61)), 10_000);
    expect(late.message.embeds?.[0]?.title).toBe('4 articles indexed');

    release();
    expect(await bot.exited).toEqual({ code: 0, signal: null });

    // The held replies landed, the reindex ran to completion and reported.
    const about = (i: { id: string; token: string }) =>
      fake.requests.filter((r) => r.path.startsWith(`/interactions/${i.id}/`) || r.path.startsWith(`/webhooks/${APP_ID}/${i.token}`));
    const answered = about(question);
    expect(answered.map((r) => [r.method, r.status])).toEqual([['POST', 204]]);
    expect(answered[0].body.data.content).toContain('Tomas Berg');
    const report = about(reindex);
    expect(report.map((r) => [r.method, r.status])).toEqual([
      ['POST', 204],
      ['PATCH', 200],
    ]);
    expect(report[1].body.embeds[0].title).toMatch(/^Reindexed in/);

    // The bot closed the gateway itself (1000), after its last reply.
    const lastReply = Math.max(...[...answered, ...report].map((r: RecordedRequest) => r.at));
    expect(fake.gateway.closes).toHaveLength(1);
    expect(fake.gateway.closes[0]).toMatchObject({ code: 1000, byFake: false });
    expect(fake.gateway.closes[0].at).toBeGreaterThanOrEqual(lastReply);
    expect(fake.connected).toBe(false);

    // The snapshot is the new, complete one (its checksum verified by readSnapshot), nothing half-written beside it.
    const saved = await readSavedIndex(indexPath);
    expect(saved?.corpusHash).toBe(corpusHash((await loadCorpus(corpus.dir)).articles));
    expect(saved?.corpusHash).not.toBe(old?.corpusHash);
    expect(await readdir(dataDir)).toEqual(['index.snapshot']);
    const messages = bot.logs().map((e) => e.msg);
    expect(messages.indexOf('bot stopped')).toBeLessThan(messages.indexOf('stopped cleanly'));
    expect(bot.output()).not.toContain(TOKEN);
  }, 60_000);

  it('sent to npm alone (`npm start`, as a process manager that signals one pid does): the bot still stops cleanly and nothing is orphaned', async () => {
    const npm = start('npm', ['run', '--silent', 'start']);
    await npm.log(msg('bot ready'), 40_000);
    const reply = await interact(fake, slash('sources', [], user(62)), 10_000);
    expect(reply.message.embeds?.[0]?.title).toBe('4 articles indexed');

    // npm runs scripts through `sh -c`; without `exec` in the script, the shell took the signal and
    // the bot was orphaned, still connected. npm forwards it to the bot and waits for it to finish.
    process.kill(npm.child.pid!, 'SIGTERM');
    expect(await npm.exited).toEqual({ code: 0, signal: null });
    expect(npm.logs().map((e) => e.msg)).toEqual(
      expect.arrayContaining(['shutting down: finishing in-flight replies, then closing connections', 'bot stopped', 'stopped cleanly']),
    );
    expect(fake.gateway.closes).toMatchObject([{ code: 1000, byFake: false }]);
    // Nothing is left in the process group.
    expect(() => process.kill(-npm.child.pid!, 0)).toThrow(/ESRCH/);
  }, 60_000);
});

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
