import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandType, PermissionFlagsBits } from 'discord-api-types/v10';
import { COMMAND_ROWS as COMMANDS } from '../../src/answer/commands.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { CoverageService } from '../../src/service/coverage.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES } from './corpus.js';
import { APP_ID, FakeDiscord, GUILD_ID } from './fake-discord.js';
import { botEnv, interact, LogSink, TOKEN } from './harness.js';
import { slash, str, user } from './payloads.js';

const ROOT = new URL('../..', import.meta.url).pathname;

let fake: FakeDiscord;
let corpus: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  corpus = await tempCorpus(ARTICLES);
});
afterAll(async () => {
  await fake?.stop();
  await corpus?.cleanup();
});

const env = (extra: Record<string, string> = {}) => botEnv(fake.apiBase, corpus.dir, extra);

function run(args: string[], extra: Record<string, string> = {}): { child: ChildProcess; out: () => string } {
  // Its own process group, so a signal reaches the bot the way Ctrl-C in a terminal does.
  const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return { child, out: () => out };
}

describe('npm run deploy-commands', () => {
  it('registers every command to the guild through REST, moderators-only /reindex included', async () => {
    const { child, out } = run(['deploy-commands'], { DISCORD_GUILD_ID: GUILD_ID });
    const [code] = await once(child, 'exit');
    killGroup(child);
    const menus = COMMANDS.filter((c) => c.messageMenu).map((c) => c.messageMenu);
    expect(out()).toContain(`Deployed ${COMMANDS.length + menus.length} commands to guild`);
    expect(code).toBe(0);
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const body = put.body as Array<Record<string, any>>;
    const slash = body.filter((c) => c.type === ApplicationCommandType.ChatInput);
    expect(slash.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of slash) expect(c.description).toBe(COMMANDS.find((x) => x.name === c.name)!.summary);
    expect(body.filter((c) => c.type === ApplicationCommandType.Message).map((c) => c.name)).toEqual(menus);
    const moderated = COMMANDS.filter((c) => c.moderatorOnly).map((c) => c.name);
    expect(moderated).toContain('reindex');
    for (const name of moderated) {
      const registered = body.find((c) => c.name === name)!;
      expect(registered.default_member_permissions, name).toBe(PermissionFlagsBits.ManageGuild.toString());
      expect(registered.contexts, name).toEqual([0]);
    }
    const whosaid = body.find((c) => c.name === 'whosaid')!;
    expect(whosaid.options[0]).toMatchObject({ name: 'text', required: true, autocomplete: true });
    expect(body.find((c) => c.name === 'quote')!.options[1]).toMatchObject({ name: 'speaker', autocomplete: true });
    expect(out()).not.toContain(TOKEN);
  }, 60_000);

  it('registers globally without DISCORD_GUILD_ID, and names what is missing', async () => {
    const logger = createLogger('silent', [TOKEN], new LogSink());
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
    expect(await deployCommands(config, logger)).toMatchObject({ scope: 'global' });
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`)).toBe(true);
    await expect(deployCommands({ ...config, discordClientId: null }, logger)).rejects.toThrow(/DISCORD_CLIENT_ID is not set/);
  });
});

describe('npm start', () => {
  it('connects the unmodified bot to the local Discord, answers, and stops cleanly on SIGTERM', async () => {
    const identified = fake.waitForGateway('identify', 50_000);
    const { child, out } = run(['start']);
    try {
      await identified;
      await waitFor(() => out().includes('"msg":"bot ready"'), 20_000);
      const ready = JSON.parse(
        out()
          .split('\n')
          .find((l) => l.includes('"msg":"bot ready"'))!,
      );
      expect(ready).toMatchObject({ guilds: 1, articles: 4 });

      // The child runs the real extractor; compare with the same service built here.
      const service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null });
      const expected = service.whosaid('rebuild the harbour before winter');
      const reply = await interact(fake, slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(50)), 10_000);
      expect(reply.ephemeral).toBe(!expected.found);
      if (expected.found) {
        const speaker = reply.message.embeds![0].fields!.find((f) => f.name === 'Speaker')!.value;
        expect(speaker).toBe(expected.results[0].speaker ?? 'Unattributed');
        const top = expected.results[0];
        for (const m of top.highlights ?? [])
          expect(reply.message.embeds![0].description).toContain(`**${top.passage.text.slice(m.start, m.end).replace(/\s+/g, ' ')}**`);
      }
      const sources = await interact(fake, slash('sources', [], user(51)), 10_000);
      expect(sources.message.embeds![0].title).toBe('4 articles indexed');

      // As a terminal or a process manager would: the whole group (npm, tsx, the bot) gets it.
      const closed = once(child.stdout!, 'close');
      process.kill(-child.pid!, 'SIGTERM');
      await waitFor(() => out().includes('"msg":"stopped cleanly"'), 10_000);
      await closed;
      expect(fake.connected).toBe(false);
      expect(out()).toContain('"msg":"bot stopped"');
      expect(out()).not.toContain(TOKEN);
    } finally {
      killGroup(child);
    }
  }, 60_000);
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Ends whatever is left of a process group this test started (ignored when already gone). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already exited.
  }
}
