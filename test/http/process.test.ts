import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES } from '../e2e/corpus.js';
import { FakeDiscord } from '../e2e/fake-discord.js';
import { botEnv, TOKEN } from '../e2e/harness.js';
import { ping, slash, str, user } from '../e2e/payloads.js';
import { keyPair, postInteraction, speakerOf } from './signed.js';

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

describe('npm start with INTERACTIONS_PORT and DISCORD_PUBLIC_KEY', () => {
  it('serves signed interactions over HTTP without a bot token, and stops cleanly on SIGTERM', async () => {
    const { publicHex, privateKey } = keyPair();
    const env = { ...botEnv(fake.apiBase, corpus.dir, { INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: publicHex }), DISCORD_TOKEN: '' };
    const child = spawn('npm', ['run', '--silent', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await waitFor(
        () => out.includes('"msg":"index ready"'),
        90_000,
        () => out,
      );
      const ready = JSON.parse(out.split('\n').find((l) => l.includes('"msg":"index ready"'))!) as { url: string; articles: number };
      expect(ready.articles).toBe(4);
      expect(await (await fetch(`${ready.url}/readyz`)).json()).toMatchObject({ ready: true });
      expect((await postInteraction(ready.url, privateKey, ping())).body).toEqual({ type: InteractionResponseType.Pong });

      // The child runs the real extractor; compare with the same service built here.
      const service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null });
      const expected = service.whosaid('rebuild the harbour before winter');
      await service.close();
      const reply = await postInteraction(ready.url, privateKey, slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(70)));
      expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      if (expected.found) {
        expect(speakerOf(reply.body.data)).toBe(expected.results[0].speaker ?? 'Unattributed');
      }
      expect(fake.gateway.connections).toBe(0);

      const closed = once(child.stdout!, 'close');
      process.kill(-child.pid!, 'SIGTERM');
      await waitFor(() => out.includes('"msg":"stopped cleanly"'), 10_000);
      await closed;
      expect(out).toContain('"msg":"interactions server stopped"');
      expect(out).not.toContain('itoken-');
    } finally {
      killGroup(child);
    }
  }, 120_000);

  it('names every configuration problem at once and exits', async () => {
    const env = { ...botEnv(fake.apiBase, corpus.dir, { INTERACTIONS_PORT: '99999', DISCORD_PUBLIC_KEY: 'abc' }), DISCORD_TOKEN: '' };
    const child = spawn('npm', ['run', '--silent', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const [code] = await once(child, 'exit');
    killGroup(child);
    expect(code).toBe(1);
    expect(out).toMatch(/INTERACTIONS_PORT must be a port number from 0 to 65535/);
    expect(out).toMatch(/DISCORD_PUBLIC_KEY must be the application's public key, 64 hexadecimal characters/);
  }, 30_000);
});

async function waitFor(check: () => boolean, timeoutMs: number, output = () => ''): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out; the bot wrote:\n${output()}`);
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
