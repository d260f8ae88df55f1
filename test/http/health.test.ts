import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { CoverageService } from '../../src/service/coverage.js';
import { indexStamp } from '../../src/discord/components.js';
import { startInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { HTTP_MESSAGES } from '../../src/http/interactions.js';
import { APP_ID, snowflake } from '../e2e/fake-discord.js';
import { LogSink } from '../e2e/harness.js';
import { autocomplete, ping, slash, str, user } from '../e2e/payloads.js';
import { keyPair, postInteraction, speakerOf, startHttpHarness, type HttpHarness } from './signed.js';

const json = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('health, readiness and metrics', () => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await startHttpHarness({ replicas: 2 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('/healthz reports the index version, the article count and the uptime', async () => {
    const { status, body } = await json(`${h.server.url}/healthz`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', indexVersion: indexStamp(h.service.index.data.corpusHash), articles: 4, reindexing: false });
    expect(typeof body.uptimeS).toBe('number');
  });

  it('/readyz is 200 once the index answers', async () => {
    expect(await json(`${h.server.url}/readyz`)).toMatchObject({ status: 200, body: { ready: true } });
  });

  it('two servers over one index both answer, the same way', async () => {
    const answers = [];
    for (const [i, server] of h.servers.entries()) {
      const res = await postInteraction(server.url, h.privateKey, slash('whosaid', [str('text', 'pier has been sinking')], user(30 + i)));
      answers.push(speakerOf(res.body.data));
    }
    expect(answers).toEqual(['Tomas Berg', 'Tomas Berg']);
    expect(h.servers[0].url).not.toBe(h.servers[1].url);
  });

  it('/metrics counts interactions by command and outcome, their latency, and the index version', async () => {
    const url = h.servers[1].url;
    await postInteraction(url, h.privateKey, slash('whosaid', [str('text', 'children will be back in class')], user(40)));
    await postInteraction(url, h.privateKey, slash('whosaid', [str('text', 'no such words were spoken here')], user(41)));
    await postInteraction(url, h.privateKey, autocomplete('quote', [str('topic', 'harbour'), str('speaker', 'Ti', true)], user(42)));
    await postInteraction(url, h.privateKey, ping());
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    // This replica answered /whosaid twice (the other replica's answer is counted there, not here).
    expect(value('coverage_bot_interactions_total{kind="command",command="whosaid",outcome="answered"}')).toBe(2);
    expect(value('coverage_bot_interactions_total{kind="command",command="whosaid",outcome="not_found"}')).toBe(1);
    expect(value('coverage_bot_interactions_total{kind="autocomplete",command="quote",outcome="answered"}')).toBe(1);
    expect(value('coverage_bot_interaction_duration_seconds_count{kind="command",command="whosaid"}')).toBe(3);
    expect(value(`coverage_bot_index_info{version="${indexStamp(h.service.index.data.corpusHash)}"}`)).toBe(1);
    expect(value('coverage_bot_index_articles')).toBe(4);
    expect(value('coverage_bot_http_requests_total{route="interactions",status="200"}')).toBe(5);
    expect(text).toMatch(/^coverage_bot_process_resident_memory_bytes \d+/m);
  });

  it('a /reindex run shows in the reindex duration histogram', async () => {
    const url = h.servers[1].url;
    const run = { ...slash('reindex', [], user(43, { permissions: 32n })) };
    await postInteraction(url, h.privateKey, run);
    await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${run.token}/messages/@original`, 10_000);
    await expect
      .poll(async () => (await (await fetch(`${url}/metrics`)).text()).match(/coverage_bot_reindex_duration_seconds_count\{outcome="answered"\} (\d+)/)?.[1])
      .toBe('1');
  });

  it('unknown paths are 404 and a GET on the interactions path is 405', async () => {
    expect((await fetch(`${h.server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/interactions`)).status).toBe(405);
  });
});

describe('starting and stopping', () => {
  const { publicHex, privateKey } = keyPair();
  const config = loadConfig({ INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: publicHex, INDEX_PATH: 'none', COOLDOWN_SECONDS: '0' });
  let server: InteractionServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('/readyz is 503 while the index opens; PING is answered and commands are asked to wait', async () => {
    const never = new Promise<CoverageService>(() => undefined);
    server = await startInteractionServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: publicHex,
      service: never,
      config,
      log: createLogger('silent', [], new LogSink()),
    });
    expect(await json(`${server.url}/readyz`)).toMatchObject({ status: 503, body: { ready: false, status: 'starting' } });
    expect(await json(`${server.url}/healthz`)).toMatchObject({ status: 200, body: { status: 'starting', indexVersion: null } });
    expect((await postInteraction(server.url, privateKey, ping())).body).toEqual({ type: InteractionResponseType.Pong });
    const waiting = await postInteraction(server.url, privateKey, slash('whosaid', [str('text', 'harbour')], user(50)));
    expect(waiting.body.data).toMatchObject({ content: HTTP_MESSAGES.starting, flags: MessageFlags.Ephemeral });
  });

  it('/readyz stays 503 and says so when the index could not open', async () => {
    const broken = Promise.reject(new Error('corpus folder missing'));
    const logs = new LogSink();
    server = await startInteractionServer({ port: 0, host: '127.0.0.1', publicKey: publicHex, service: broken, config, log: createLogger('info', [], logs) });
    await expect.poll(async () => (await json(`${server!.url}/readyz`)).body.status).toBe('failed');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect(logs.find('the index did not open; interactions cannot be answered')).toHaveLength(1);
  });
});

describe('graceful shutdown', () => {
  it('on close: not ready, new interactions refused, the one in flight finishes its follow-up first', async () => {
    const h = await startHttpHarness();
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      h.fake.hold({ method: 'PATCH', path: /\/messages\/@original$/ }, held);
      const late = { ...slash('whosaid', [str('text', 'ferry sails again on Friday')], user(60)), id: snowflake(Date.now() - 2000) };
      const deferred = await postInteraction(h.server.url, h.privateKey, late);
      expect(deferred.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      await h.fake.waitForHeld((r) => r.path === `/webhooks/${APP_ID}/${late.token}/messages/@original`);
      let closed = false;
      const closing = h.server.close().then(() => (closed = true));
      await new Promise((r) => setTimeout(r, 100));
      expect(closed).toBe(false);
      const late2 = await fetch(`${h.server.url}/interactions`, { method: 'POST', body: '{}' }).then(
        (r) => r.status,
        () => 'connection refused',
      );
      expect([503, 'connection refused']).toContain(late2);
      release();
      await closing;
      const edit = h.fake.requests.find((r) => r.path === `/webhooks/${APP_ID}/${late.token}/messages/@original`);
      expect(edit?.status).toBe(200);
      await expect(fetch(`${h.server.url}/readyz`)).rejects.toThrow();
    } finally {
      await h.stop();
    }
  });
});
