import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { openService, type OpenedService } from '../../src/replica/open.js';
import { PgStore } from '../../src/store/postgres.js';
import { openQueue } from '../../src/queue/queue.js';
import { startWorker } from '../../src/queue/worker.js';
import { APP_ID } from '../e2e/fake-discord.js';
import { FakeDiscord } from '../e2e/fake-discord.js';
import { LogSink, TOKEN } from '../e2e/harness.js';
import { ARTICLES } from '../e2e/corpus.js';
import { MODERATOR, slash, str, user } from '../e2e/payloads.js';
import { tempCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { keyPair, postInteraction, signatureHeaders } from '../http/signed.js';

const FERRY = `Ferry timetable cut for the winter
Date: 2025-11-20

The island ferry will sail twice a day instead of four times from December.

"We carry fewer than forty passengers a crossing in January," said Tomas Brandt, the operator's manager.
`;

interface Replica {
  opened: OpenedService;
  server: InteractionServer;
}

let cluster: TestPostgres;
let stops: (() => Promise<void>)[] = [];
const keys = keyPair();
let fake: FakeDiscord;
let corpusDir: string;
let replicas: Replica[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  const url = await cluster.database();
  const corpus = await tempCorpus(ARTICLES);
  corpusDir = corpus.dir;
  fake = await FakeDiscord.start({ token: TOKEN });
  stops.push(
    corpus.cleanup,
    () => fake.stop(),
    () => cluster.stop(),
  );
  // Two extraction workers, each with its own connections, as two processes would have.
  for (let i = 0; i < 2; i++) {
    const store = await PgStore.open(url);
    const boss = await openQueue(url);
    await startWorker({ store, boss, pollSeconds: 0.5, name: `worker-${i}` });
    stops.push(async () => {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    });
  }
  const config = loadConfig({
    DISCORD_API_BASE: fake.apiBase,
    SEEDS_DIR: corpus.dir,
    INDEX_PATH: 'none',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: keys.publicHex,
    DATABASE_URL: url,
  });
  // Two replicas: the first builds version 1 through the workers, the second opens it.
  for (let i = 0; i < 2; i++) {
    const log = createLogger(config.logLevel, [], new LogSink());
    const opened = await openService(config, log);
    const server = await startInteractionServer({ port: 0, host: '127.0.0.1', publicKey: keys.publicHex, service: opened.service, config, log });
    replicas.push({ opened, server });
  }
}, 120_000);

afterAll(async () => {
  for (const r of replicas) {
    await r.server.close();
    await r.opened.close();
  }
  for (const stop of stops.reverse()) await stop();
  replicas = [];
  stops = [];
});

const speakerOf = (body: { data?: { embeds?: Array<{ fields?: Array<{ name: string; value: string }> }> } }) =>
  body.data?.embeds?.[0]?.fields?.find((f) => f.name === 'Speaker')?.value;

describe('two HTTP replicas and two workers on one database', { timeout: 120_000 }, () => {
  it('both replicas answer a signed /whosaid the same, from the same version', async () => {
    const [a, b] = replicas as [Replica, Replica];
    expect(a.opened.version?.()).toBe(1);
    expect(b.opened.version?.()).toBe(1);
    const ask = (r: Replica, n: number) =>
      postInteraction(r.server.url, keys.privateKey, slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(n)));
    const [ra, rb] = await Promise.all([ask(a, 1), ask(b, 2)]);
    expect(ra.status).toBe(200);
    expect(speakerOf(ra.body)).toBe('Ana Ruiz');
    expect(ra.body.data?.embeds).toBeDefined();
    expect(rb.body.data?.embeds).toEqual(ra.body.data?.embeds);
  });

  it('refuses a request with a bad signature with 401', async () => {
    const body = JSON.stringify(slash('whosaid', [str('text', 'harbour')], user(3)));
    const headers = signatureHeaders(keyPair().privateKey, body);
    const res = await fetch(`${replicas[1]!.server.url}/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(401);
  });

  it('a /reindex through one replica after adding an article reaches the other, with no interaction lost or answered twice meanwhile', async () => {
    const [a, b] = replicas as [Replica, Replica];
    await writeFile(path.join(corpusDir, 'ferry-winter.txt'), FERRY);
    const run = slash('reindex', [], MODERATOR);
    const res = await postInteraction(a.server.url, keys.privateKey, run);
    expect(res.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);

    // While the new version is built and announced, replica b keeps answering every interaction once.
    const question = 'We carry fewer than forty passengers a crossing in January';
    const answers: (string | undefined)[] = [];
    let n = 100;
    while ((b.opened.version?.() ?? 0) < 2 && n < 400) {
      const r = await postInteraction(b.server.url, keys.privateKey, slash('whosaid', [str('text', question)], user(n++)));
      expect(r.status).toBe(200);
      expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.DeferredChannelMessageWithSource]).toContain(r.body.type);
      answers.push(speakerOf(r.body));
    }
    expect(b.opened.version?.()).toBe(2);
    nonEmpty(answers, 'interactions answered during the switch');
    const report = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${run.token}/messages/@original`, 30_000);
    expect(report.body.embeds[0].title).toMatch(/^Reindexed/);

    const after = await postInteraction(b.server.url, keys.privateKey, slash('whosaid', [str('text', question)], user(n++)));
    expect(speakerOf(after.body)).toBe('Tomas Brandt');
    // Before the switch b answered from version 1, which does not have the quotation; after it, from version 2.
    expect(answers.every((s) => s === undefined || s === 'Tomas Brandt')).toBe(true);
    // Each interaction got exactly one response: nothing for b's questions went through the webhook.
    const tokens = new Set(fake.requests.map((r) => r.path));
    expect([...tokens].filter((p) => p.includes('/webhooks/') && !p.includes(run.token))).toEqual([]);
  });
});
