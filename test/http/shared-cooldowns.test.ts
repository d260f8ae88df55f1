import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { coreLog, createLogger } from '../../src/log.js';
import { CoverageService } from '../../src/service/coverage.js';
import { PgCooldowns } from '../../src/store/cooldowns.js';
import { migrate } from '../../src/store/migrate.js';
import { ARTICLES, simpleExtract } from '../e2e/corpus.js';
import { FakeDiscord } from '../e2e/fake-discord.js';
import { LogSink, TOKEN } from '../e2e/harness.js';
import { slash, str, user } from '../e2e/payloads.js';
import { tempCorpus } from '../helpers/corpus.js';
import { usePostgres } from '../helpers/postgres.js';
import { keyPair, postInteraction, speakerOf } from './signed.js';

const cluster = usePostgres();
let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops = [];
});

/** Two HTTP replicas behind an imagined balancer, with a two-second cooldown; `shared`: kept in one database. */
async function twoReplicas(shared: boolean) {
  const corpus = await tempCorpus(ARTICLES);
  const fake = await FakeDiscord.start({ token: TOKEN });
  stops.push(corpus.cleanup, () => fake.stop());
  const { publicHex, privateKey } = keyPair();
  const config = loadConfig({
    DISCORD_API_BASE: fake.apiBase,
    SEEDS_DIR: corpus.dir,
    INDEX_PATH: 'none',
    COOLDOWN_SECONDS: '2',
    LOG_LEVEL: 'info',
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: publicHex,
  });
  const logger = createLogger(config.logLevel, [], new LogSink());
  const service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: simpleExtract, log: coreLog(logger) });
  stops.push(() => service.close());
  const url = shared ? await cluster.database() : null;
  const servers: InteractionServer[] = [];
  for (let i = 0; i < 2; i++) {
    let sharedCooldowns: PgCooldowns | undefined;
    if (url) {
      // Each replica process has its own connections to the one database.
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      stops.push(() => pool.end());
      await migrate(pool);
      sharedCooldowns = new PgCooldowns(pool, config.cooldownSeconds);
    }
    const server = await startInteractionServer({ port: 0, host: '127.0.0.1', publicKey: publicHex, service, sharedCooldowns, config, log: logger });
    stops.push(() => server.close());
    servers.push(server);
  }
  const ask = (replica: number, member: number) =>
    postInteraction(servers[replica]!.url, privateKey, slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(member)));
  return { ask };
}

const COOLDOWN = /You're asking quickly\. Try again in \d\.\d s\./;

describe('per-member cooldowns over two HTTP replicas', { timeout: 60_000 }, () => {
  it('with DATABASE_URL, the second replica refuses a member within the cooldown the first started, and answers after it', async () => {
    const { ask } = await twoReplicas(true);
    expect(speakerOf((await ask(0, 1)).body.data)).toBe('Ana Ruiz');
    expect((await ask(1, 1)).body.data?.content).toMatch(COOLDOWN);
    // Another member is answered meanwhile.
    expect(speakerOf((await ask(1, 2)).body.data)).toBe('Ana Ruiz');
    await new Promise((done) => setTimeout(done, 2100));
    expect(speakerOf((await ask(1, 1)).body.data)).toBe('Ana Ruiz');
    expect((await ask(0, 1)).body.data?.content).toMatch(COOLDOWN);
  });

  it('without a shared store each replica keeps its own (what the database fixes)', async () => {
    const { ask } = await twoReplicas(false);
    expect(speakerOf((await ask(0, 1)).body.data)).toBe('Ana Ruiz');
    expect((await ask(0, 1)).body.data?.content).toMatch(COOLDOWN);
    expect(speakerOf((await ask(1, 1)).body.data)).toBe('Ana Ruiz');
  });
});
