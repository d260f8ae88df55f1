import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Locale } from 'discord-api-types/v10';
import { loadConfig } from '../../src/config.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES } from './corpus.js';
import { FakeDiscord, GUILD_ID, shardOf } from './fake-discord.js';
import { botEnv, interact, TOKEN } from './harness.js';
import { slash, str, user } from './payloads.js';

const ROOT = new URL('../..', import.meta.url).pathname;
/** A second newsroom's server; its id puts it on the other shard of two than GUILD_ID's. */
const OTHER_GUILD = '222222222218027918';
const GUILDS = [GUILD_ID, OTHER_GUILD];

let fake: FakeDiscord;
let corpus: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  // Discord recommends two shards for this bot, and lets many identify at once (a large bot's bucket).
  fake = await FakeDiscord.start({ token: TOKEN, shards: 2, maxConcurrency: 16, guilds: GUILDS });
  corpus = await tempCorpus(ARTICLES);
});
afterAll(async () => {
  await fake?.stop();
  await corpus?.cleanup();
});

describe('npm start with GATEWAY_SHARDS', () => {
  it('runs one process per recommended shard, and each guild is answered once, by the shard that owns it', async () => {
    expect(GUILDS.map((g) => shardOf(g, 2)).sort()).toEqual([0, 1]);
    const { child, out } = run({ GATEWAY_SHARDS: 'auto' });
    try {
      await waitFor(() => out().includes('"msg":"all gateway shards ready"'), 150_000, out);
      expect(line(out(), 'starting gateway shards')).toMatchObject({ shards: 2, recommended: 2 });
      expect([...fake.gateway.shards].sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // Each shard logs its own 'bot ready' through its own stdout, which may reach us after the manager's line.
      await waitFor(() => lines(out(), 'bot ready').length >= 2, 20_000, out);
      const ready = lines(out(), 'bot ready');
      expect(ready.map((l) => l.shards).sort()).toEqual([[0], [1]]);
      for (const r of ready) expect(r.guilds).toBe(1);

      for (const [i, guild] of GUILDS.entries()) {
        const command = slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(70 + i));
        const interaction = { ...command, guild_id: guild, guild: { id: guild, locale: Locale.EnglishUS, features: [] } };
        const reply = await interact(fake, interaction, 20_000);
        expect(reply.message.embeds?.[0]?.fields?.find((f) => f.name === 'Speaker')?.value, `guild ${guild}`).toBeTruthy();
        const owner = shardOf(guild, 2);
        expect(fake.routed.filter((r) => r.id === interaction.id).map((r) => r.shard)).toEqual([owner]);
        await waitFor(() => lines(out(), 'command answered').some((l) => l.interaction === interaction.id), 10_000, out);
        const answered = lines(out(), 'command answered').filter((l) => l.interaction === interaction.id);
        expect(answered.map((l) => l.shards)).toEqual([[owner]]);
      }
      // Once each: no shard answered another's interaction, and none twice.
      await new Promise((r) => setTimeout(r, 500));
      const callbacks = fake.requests.filter((r) => /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path));
      expect(callbacks).toHaveLength(GUILDS.length);

      const exited = once(child, 'exit');
      process.kill(-child.pid!, 'SIGTERM');
      await waitFor(() => out().includes('"msg":"gateway shards stopped"'), 20_000, out);
      await exited;
      expect(lines(out(), 'stopped cleanly').filter((l) => l.shards).length).toBe(2);
      // Stopped, not restarted: two shards spawned in all, both stopped.
      expect(lines(out(), 'gateway shard spawned')).toHaveLength(2);
      expect(lines(out(), 'gateway shard process stopped')).toHaveLength(2);
      expect(out()).not.toContain('restarting it');
      expect(out()).not.toContain(TOKEN);
    } finally {
      killGroup(child);
    }
  }, 240_000);

  it('refuses a shard count that is not a number, before connecting', async () => {
    const { child, out } = run({ GATEWAY_SHARDS: 'many' });
    const [code] = await once(child, 'exit');
    killGroup(child);
    expect(code).toBe(1);
    expect(out()).toContain('GATEWAY_SHARDS must be "auto" or a number of shards of at least 1, got "many"');
  }, 60_000);
});

describe('GATEWAY_SHARDS', () => {
  const env = { DISCORD_TOKEN: TOKEN };
  it('takes "auto" or a count of shards, and is off when unset', () => {
    expect(loadConfig({ ...env, GATEWAY_SHARDS: 'auto' }).gatewayShards).toBe('auto');
    expect(loadConfig({ ...env, GATEWAY_SHARDS: '4' }).gatewayShards).toBe(4);
    expect(loadConfig(env).gatewayShards).toBeNull();
  });

  it('refuses zero, a gateway-less HTTP mode, and a missing token, saying why', () => {
    expect(() => loadConfig({ ...env, GATEWAY_SHARDS: '0' })).toThrow(/GATEWAY_SHARDS must be "auto" or a number of shards of at least 1, got "0"/);
    expect(() => loadConfig({ GATEWAY_SHARDS: '2' })).toThrow(/GATEWAY_SHARDS is set but DISCORD_TOKEN is not/);
    expect(() => loadConfig({ ...env, GATEWAY_SHARDS: '2', INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toThrow(
      /GATEWAY_SHARDS and INTERACTIONS_PORT are both set/,
    );
  });
});

function run(extra: Record<string, string>): { child: ChildProcess; out: () => string } {
  // Its own process group, so a signal reaches the manager and its shards the way Ctrl-C in a terminal does.
  const child = spawn('npm', ['run', '--silent', 'start'], {
    cwd: ROOT,
    env: botEnv(fake.apiBase, corpus.dir, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return { child, out: () => out };
}

/** A JSON log line, with the fields this test reads. */
type LogLine = Record<string, unknown> & { shards?: number[]; interaction?: string; guilds?: number };

function lines(out: string, msg: string): Array<LogLine> {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{') && l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as LogLine);
}

function line(out: string, msg: string): LogLine | undefined {
  return lines(out, msg)[0];
}

async function waitFor(check: () => boolean, timeoutMs: number, out: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out; output so far:\n${out().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already exited.
  }
}
