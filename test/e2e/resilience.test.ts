import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { MESSAGES } from '../../src/discord/render.js';
import { interact, requestsFor, startHarness, TOKEN, type Harness } from './harness.js';
import { slash, str, user } from './payloads.js';
import { APP_ID, snowflake } from './fake-discord.js';
import { startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/log.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

const callbacksOf = (harness: Harness, id: string) => harness.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

describe('cooldown', () => {
  it('tells a fast user privately how long to wait, and leaves other users alone', async () => {
    h = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
    const a = user(30);
    const first = await interact(h.fake, slash('sources', [], a));
    expect(first.ephemeral).toBe(false);
    const again = await interact(h.fake, slash('whosaid', [str('text', 'rebuild the harbour')], a));
    expect(again.ephemeral).toBe(true);
    const wait = Number(/Try again in ([\d.]+) s/.exec(again.message.content ?? '')?.[1]);
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    const other = await interact(h.fake, slash('sources', [], user(31)));
    expect(other.ephemeral).toBe(false);
    // /help is not a query: no cooldown.
    expect((await interact(h.fake, slash('help', [], a))).message.embeds).toHaveLength(1);
  });
});

describe('slow delivery', () => {
  it('an interaction that waited in a queue is deferred first, then answered; a late "not found" still goes privately', async () => {
    h = await startHarness();
    const late = { ...slash('whosaid', [str('text', 'rebuild the harbour')], user(40)), id: snowflake(Date.now() - 2000) };
    const reply = await interact(h.fake, late);
    expect(reply.deferred).toBe(true);
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.content).toContain('**Ana Ruiz**');
    const lateMiss = { ...slash('whosaid', [str('text', 'purple elephants in tuxedos')], user(41)), id: snowflake(Date.now() - 2000) };
    const miss = await interact(h.fake, lateMiss);
    expect(miss.deferred).toBe(true);
    expect(miss.ephemeral).toBe(true);
    expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`${lateMiss.token}/messages/@original`))).toBe(true);
  });
});

describe('REST failures', () => {
  it('an expired interaction (404, code 10062) is logged once, with no apology attempted, and the bot goes on', async () => {
    h = await startHarness();
    const doomed = slash('sources', [], user(32));
    h.fake.inject(
      { method: 'POST', path: new RegExp(`^/interactions/${doomed.id}/`) },
      { status: 404, body: { message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction } },
    );
    h.fake.sendInteraction(doomed);
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${doomed.id}/`));
    const next = await interact(h.fake, slash('sources', [], user(33)));
    expect(next.ephemeral).toBe(false);
    await vi.waitFor(() => expect(h!.logs.entries.filter((e) => e.interaction === doomed.id && e.code === 10062)).toHaveLength(1));
    expect(callbacksOf(h, doomed.id)).toHaveLength(1);
    expect(h.fake.requests.filter((r) => r.path.includes(doomed.token))).toHaveLength(1);
  });

  it('a 429 with retry_after is waited out and the reply retried', async () => {
    h = await startHarness();
    const limited = slash('sources', [], user(34));
    h.fake.inject(
      { method: 'POST', path: new RegExp(`^/interactions/${limited.id}/`) },
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
        headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      },
    );
    const reply = await interact(h.fake, limited);
    const calls = callbacksOf(h, limited.id);
    expect(calls.map((c) => c.status)).toEqual([429, 204]);
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(200);
    expect(reply.message.embeds).toHaveLength(1);
  });

  it('a handler that throws gets an ephemeral apology, logged with the command and options', async () => {
    h = await startHarness();
    vi.spyOn(h.service, 'answer').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'anything at all')], user(35)));
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/^Sorry, something went wrong/);
    const logged = h.logs.find('interaction failed')[0];
    expect(logged).toMatchObject({ command: 'whosaid', options: { text: 'anything at all' }, err: { message: 'boom' } });
    const after = await interact(h.fake, slash('whosaid', [str('text', 'rebuild the harbour')], user(35)));
    expect(after.message.content).toContain('**Ana Ruiz**');
  });

  it('a handler that throws after a public defer removes the "thinking…" placeholder and apologises privately, once', async () => {
    h = await startHarness();
    vi.spyOn(h.service, 'answer').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const late = { ...slash('ask', [str('question', 'who rebuilt the harbour?')], user(42)), id: snowflake(Date.now() - 2000) };
    const reply = await interact(h.fake, late);
    expect(reply.deferred).toBe(true);
    expect(reply.callback.body.data?.flags ?? 0).toBe(0);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(MESSAGES.error);
    await vi.waitFor(() => expect(h!.logs.find('interaction failed')).toHaveLength(1));
    // The public placeholder is gone: what the normal path does for a private message after a public defer.
    const after = requestsFor(h.fake, late).map((r) => `${r.method} ${r.path.replace(late.token, '<token>')}`);
    expect(after).toEqual([
      `POST /interactions/${late.id}/<token>/callback`,
      `DELETE /webhooks/${APP_ID}/<token>/messages/@original`,
      `POST /webhooks/${APP_ID}/<token>`,
    ]);
  });
});

describe('gateway', () => {
  it('heartbeats are sent and acknowledged, so the connection is never taken for a zombie', async () => {
    // Not much shorter: a client whose event loop stalls longer than one interval (a loaded CI
    // machine running every test file at once) rightly takes the connection for a zombie.
    h = await startHarness({ heartbeatIntervalMs: 250 });
    await vi.waitFor(() => expect(h!.fake.gateway.heartbeats).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    expect(h.fake.gateway.connections).toBe(1);
    expect(h.bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('resumes after close 4000 and answers interactions sent while it was away', async () => {
    h = await startHarness();
    const resumed = h.fake.waitForGateway('resume');
    h.fake.closeGateway(4000);
    // Sent while disconnected: Discord replays it on RESUME.
    const during = slash('sources', [], user(36));
    h.fake.sendInteraction(during);
    await resumed;
    expect(h.fake.gateway.identifies).toBe(1);
    expect(h.fake.gateway.resumes).toBe(1);
    const replayed = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${during.id}/`));
    expect(replayed.status).toBe(204);
    const after = await interact(h.fake, slash('sources', [], user(37)));
    expect(after.message.embeds).toHaveLength(1);
    await vi.waitFor(() => expect(h!.logs.find('gateway resumed')).toHaveLength(1));
  });

  it('reconnects after the socket is killed without a close frame', async () => {
    h = await startHarness();
    const back = h.fake.waitForGateway('connection', 15_000);
    h.fake.killGateway();
    await back;
    await vi.waitFor(() => expect(h!.fake.gateway.resumes + h!.fake.gateway.identifies).toBe(2), { timeout: 10_000 });
    const after = await interact(h.fake, slash('sources', [], user(38)), 10_000);
    expect(after.message.embeds).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('a rejected token fails start-up with a clear error that does not contain the token', async () => {
    h = await startHarness();
    const wrong = `${TOKEN.slice(0, -4)}XXXX`;
    const error = await startBot({ config: { ...h.config, discordToken: wrong }, service: h.service, logger: createLogger('silent') }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/token/i);
    expect(String((error as Error).stack)).not.toContain(wrong);
    expect(h.fake.requests.filter((r) => r.path === '/gateway/bot').map((r) => r.status)).toEqual([200, 401]);
  });
});

describe('shutdown', () => {
  it('stop() finishes in-flight replies, then closes the gateway; the token never reaches the log', async () => {
    h = await startHarness();
    const pending = slash('sources', [], user(39));
    h.fake.sendInteraction(pending);
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${pending.id}/`));
    await h.bot.stop();
    expect(h.fake.connected).toBe(false);
    expect(h.logs.find('bot stopped')).toHaveLength(1);
    expect(h.logs.lines.join('\n')).not.toContain(TOKEN);
  });
});
