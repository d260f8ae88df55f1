import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PermissionFlagsBits, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { loadConfig } from '../../src/config.js';
import { coreLog, createLogger } from '../../src/log.js';
import { CoverageService } from '../../src/service/coverage.js';
import { startBot } from '../../src/discord/bot.js';
import { MESSAGES } from '../../src/discord/render.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES, simpleExtract } from '../e2e/corpus.js';
import { FakeDiscord, MOD_ROLE_ID, REINDEX_ROLE_ID, snowflake } from '../e2e/fake-discord.js';
import { interact, LogSink, startHarness, TOKEN, type Harness } from '../e2e/harness.js';
import { autocomplete, dmSlash, MEMBER, MODERATOR, slash, str, user } from '../e2e/payloads.js';

describe('/reindex permissions (run-time check, whatever the guild configured)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const refused = async (interaction: Parameters<typeof interact>[1], message: string) => {
    const before = h.service.index;
    const reply = await interact(h.fake, interaction);
    expect(reply.deferred).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(message);
    expect(h.service.index).toBe(before);
    expect(h.service.reindexing).toBe(false);
  };

  it('is refused in a DM, even to someone who moderates a server', async () => {
    await refused(dmSlash('reindex', [], MODERATOR), MESSAGES.guildOnly);
    // A DM carries no roles and no member permissions: a REINDEX_ROLE_IDS holder is refused too.
    await refused(dmSlash('reindex', [], user(70, { roles: [REINDEX_ROLE_ID] })), MESSAGES.guildOnly);
    // Other commands still work in DMs: only /reindex is guild-only.
    const sources = await interact(h.fake, dmSlash('sources', [], user(71)));
    expect(sources.ephemeral).toBe(false);
    expect(sources.message.embeds?.[0]?.title).toBe('4 articles indexed');
  });

  it('is refused to a member whose resolved permissions lack Manage Server, as when a guild opened the command to everyone', async () => {
    // Discord delivered the interaction (the guild overrode default_member_permissions), so only the bot's own check stands.
    await refused(slash('reindex', [], MEMBER), MESSAGES.notModerator);
    // Holding the "Moderators" role is not enough when this channel's overwrites take Manage Server away.
    const overwritten = user(72, { roles: [MOD_ROLE_ID], permissions: MEMBER.permissions });
    await refused(slash('reindex', [], overwritten), MESSAGES.notModerator);
    // Manage Messages, Kick, Ban, Manage Channels: powerful, but not Manage Server.
    const almost = user(73, {
      permissions:
        MEMBER.permissions |
        PermissionFlagsBits.ManageMessages |
        PermissionFlagsBits.KickMembers |
        PermissionFlagsBits.BanMembers |
        PermissionFlagsBits.ManageChannels,
    });
    await refused(slash('reindex', [], almost), MESSAGES.notModerator);
  });

  it('is allowed to Administrator and to REINDEX_ROLE_IDS holders', async () => {
    const admin = user(74, { permissions: MEMBER.permissions | PermissionFlagsBits.Administrator });
    const byAdmin = await interact(h.fake, slash('reindex', [], admin));
    expect(byAdmin.deferred).toBe(true);
    expect(byAdmin.message.embeds?.[0]?.title).toMatch(/^Reindexed in/);
    const archivist = await interact(h.fake, slash('reindex', [], user(75, { roles: [REINDEX_ROLE_ID] })));
    expect(archivist.message.embeds?.[0]?.title).toMatch(/^Reindexed in/);
  });

  it('without REINDEX_ROLE_IDS, the archivist role grants nothing', async () => {
    const other = await startHarness({ env: { REINDEX_ROLE_IDS: '' } });
    try {
      const before = other.service.index;
      const reply = await interact(other.fake, slash('reindex', [], user(76, { roles: [REINDEX_ROLE_ID] })));
      expect(reply.ephemeral).toBe(true);
      expect(reply.message.content).toBe(MESSAGES.notModerator);
      expect(other.service.index).toBe(before);
    } finally {
      await other.stop();
    }
  });
});

describe('the bot token', () => {
  const secrets = (token: string) => {
    const [id, , hmac] = token.split('.');
    return { token, 'first segment (base64 bot id)': id, 'last segment (HMAC)': hmac };
  };
  /** Where any of the token's parts occurs in `text`, by name; [] when none does. */
  const leaks = (text: string) =>
    Object.entries(secrets(TOKEN))
      .filter(([, s]) => text.includes(s))
      .map(([name]) => name);

  let fake: FakeDiscord | null = null;
  let cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
    await fake?.stop();
    fake = null;
  });

  it('the scanner finds the token where it must be (the Authorization header) and where a careless log would put it', () => {
    expect(leaks(`Authorization: Bot ${TOKEN}`)).toEqual(['token', 'first segment (base64 bot id)', 'last segment (HMAC)']);
    const sink = new LogSink();
    const logger = createLogger('info', [TOKEN], sink);
    logger.info({ token: TOKEN, config: { discordToken: TOKEN }, nested: { url: `https://x/?t=${TOKEN}` } }, `login with ${TOKEN}`);
    expect(sink.lines).toHaveLength(1);
    expect(leaks(sink.lines[0])).toEqual([]);
    expect(sink.lines[0]).toContain('[redacted]');
  });

  it('never appears in logs, errors, replies, REST bodies or the snapshot: login, commands, reindex, failures, failed login', async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    const corpus = await tempCorpus(ARTICLES);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coverage-token-'));
    cleanup.push(corpus.cleanup, () => rm(dataDir, { recursive: true, force: true }));
    const sink = new LogSink();
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      SEEDS_DIR: corpus.dir,
      INDEX_PATH: path.join(dataDir, 'index.snapshot'),
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'trace',
    });
    const logger = createLogger(config.logLevel, [config.discordToken], sink);
    const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, extract: simpleExtract, log: coreLog(logger) });
    const bot = await startBot({ config, service, logger });
    cleanup.push(() => bot.stop());

    // Commands, autocomplete, a button-free apology, and a reindex that writes a new snapshot.
    expect((await interact(fake, slash('sources', [], user(80)))).message.embeds).toHaveLength(1);
    expect((await interact(fake, slash('whosaid', [str('text', 'rebuild the harbour')], user(81)))).message.content).toContain('Ana Ruiz');
    fake.sendInteraction(autocomplete('whosaid', [str('text', 'harbour', true)], user(82)));
    await fake.waitForRequest((r) => r.body?.type === 8);
    await writeFile(
      path.join(corpus.dir, 'bridge.txt'),
      'Bridge reopens\nDate: 2024-07-01\n\n"The bridge is safe for traffic again," engineer Rosa Park said.\n',
    );
    const reindexed = await interact(fake, slash('reindex', [], MODERATOR));
    expect(reindexed.message.embeds?.[0]?.title).toMatch(/^Reindexed in/);

    // Error paths: a handler that throws, an expired interaction, a callback that keeps failing with 500.
    vi.spyOn(service, 'answer').mockImplementationOnce(() => {
      throw new Error(`ask exploded (config: ${inspect(config)})`);
    });
    expect((await interact(fake, slash('ask', [str('question', 'who rebuilt the harbour?')], user(83)))).message.content).toMatch(/^Sorry/);
    const expired = slash('sources', [], user(84));
    fake.inject(
      { path: new RegExp(`^/interactions/${expired.id}/`) },
      { status: 404, body: { message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction } },
    );
    fake.sendInteraction(expired);
    await vi.waitFor(() => expect(sink.entries.some((e) => e.interaction === expired.id && e.code === 10062)).toBe(true));
    const failing = slash('sources', [], user(85));
    fake.inject({ path: new RegExp(`^/interactions/${failing.id}/`) }, { status: 500, body: { message: 'Internal Server Error', code: 0 } }, 4);
    fake.sendInteraction(failing);
    await vi.waitFor(() => expect(sink.find('interaction failed').some((e) => e.interaction === failing.id)).toBe(true));
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${failing.id}/`) && !r.injected);

    // A failed login, with the very same token, logged the way main.ts reports a start-up failure.
    fake.inject({ method: 'GET', path: /^\/gateway\/bot$/ }, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const loginError = await startBot({ config, service, logger }).catch((e: unknown) => e);
    expect(loginError).toBeInstanceOf(Error);
    logger.error({ err: loginError }, 'login failed');
    await bot.stop();

    // The token was used: every authenticated route carried it, and only in the header.
    const authed = fake.requests.filter((r) => r.headers.authorization);
    expect(authed.length).toBeGreaterThan(0);
    expect(authed.every((r) => r.headers.authorization === `Bot ${TOKEN}`)).toBe(true);
    const rest = fake.requests.map(({ headers, ...r }) =>
      JSON.stringify({ ...r, query: r.query.toString(), headers: { ...headers, authorization: undefined } }),
    );
    expect(rest.length).toBeGreaterThan(10);
    const callbacks = fake.requests.filter((r) => r.path.includes('/callback') || r.path.startsWith('/webhooks/'));
    expect(callbacks.length).toBeGreaterThan(5);

    const files = await readdir(dataDir);
    expect(files).toEqual(['index.snapshot']);
    const snapshot = await readFile(path.join(dataDir, 'index.snapshot'), 'latin1');
    expect(snapshot).toContain('Rosa Park');

    const logText = sink.lines.join('\n');
    expect(sink.lines.length).toBeGreaterThan(20);
    // LOG_LEVEL=trace includes discord.js's own debug lines, which print part of the token ("Provided token: …").
    expect(logText).toContain('Provided token');
    expect(logText).toContain('interaction failed');
    expect(logText).toContain('login failed');

    const error = loginError as Error;
    const errorText = [error.message, error.stack, inspect(error, { depth: 10 }), JSON.stringify(error)].join('\n');
    expect({
      logs: leaks(logText),
      rest: rest.flatMap((r) => leaks(r)),
      snapshot: leaks(snapshot),
      loginError: leaks(errorText),
    }).toEqual({ logs: [], rest: [], snapshot: [], loginError: [] });
  });

  it('a deliberately leaky log line is caught by the same scan (the test can fail)', async () => {
    const sink = new LogSink();
    // No secrets registered with the logger, and a field the redaction paths do not cover.
    createLogger('info', [], sink).info({ auth: `Bot ${TOKEN}`, id: snowflake() }, 'oops');
    expect(leaks(sink.lines.join('\n'))).toEqual(['token', 'first segment (base64 bot id)', 'last segment (HMAC)']);
  });
});
