import { Writable } from 'node:stream';
import { GatewayDispatchEvents, InteractionResponseType, MessageFlags, type APIInteraction, type APIMessage } from 'discord-api-types/v10';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, coreLog } from '../../src/log.js';
import { CoverageService, type ServiceOptions } from '../../src/service/coverage.js';
import { startBot, type BotHandle } from '../../src/discord/bot.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES, simpleExtract } from './corpus.js';
import { APP_ID, FakeDiscord, REINDEX_ROLE_ID, type RecordedRequest } from './fake-discord.js';
import type { OffSpec } from './payloads.js';

/**
 * Shaped like a bot token (base64 id . timestamp . hmac) and accepted only by the fake; its middle
 * part has 7 letters, not 6, so secret scanners do not mistake it for a real one.
 */
export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GfAkExY.fake-token-for-local-tests-only_0123456789';

/** Log lines the bot wrote, parsed. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get entries(): Array<Record<string, any>> {
    return this.lines.map((l) => JSON.parse(l) as Record<string, any>);
  }
  find(msg: string): Array<Record<string, any>> {
    return this.entries.filter((e) => e.msg === msg);
  }
}

export interface Harness {
  fake: FakeDiscord;
  service: CoverageService;
  bot: BotHandle;
  config: Config;
  logs: LogSink;
  corpusDir: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  files?: Record<string, string>;
  env?: Record<string, string>;
  /** Replaces the test extractor, e.g. to make a reindex slow or fail; 'real' runs the project's. */
  extract?: ServiceOptions['extract'] | 'real';
  /** An existing corpus folder (read only) instead of a temporary copy of `files`. */
  seedsDir?: string;
  heartbeatIntervalMs?: number;
}

/** A fake Discord, a service over a temporary corpus, and the real bot connected to both. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpus = options.seedsDir ? { dir: options.seedsDir, cleanup: async () => undefined } : await tempCorpus(options.files ?? ARTICLES);
  const fake = await FakeDiscord.start({ token: TOKEN, heartbeatIntervalMs: options.heartbeatIntervalMs });
  const logs = new LogSink();
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: fake.apiBase,
    SEEDS_DIR: corpus.dir,
    INDEX_PATH: 'none',
    COOLDOWN_SECONDS: '0',
    REINDEX_ROLE_IDS: REINDEX_ROLE_ID,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logger = createLogger(config.logLevel, [TOKEN], logs);
  const service = await CoverageService.open({
    seedsDir: config.seedsDir,
    indexPath: null,
    extract: options.extract === 'real' ? undefined : (options.extract ?? simpleExtract),
    log: coreLog(logger),
  });
  const bot = await startBot({ config, service, logger });
  return {
    fake,
    service,
    bot,
    config,
    logs,
    corpusDir: corpus.dir,
    async stop() {
      await bot.stop();
      await fake.stop();
      await corpus.cleanup();
    },
  };
}

/** What the user finally sees for one interaction: the reply, or the edit after a defer. */
export interface Reply {
  callback: RecordedRequest;
  type: InteractionResponseType;
  message: Partial<APIMessage> & { flags?: number; allowed_mentions?: { parse?: string[] } };
  ephemeral: boolean;
  deferred: boolean;
}

/** Dispatches an interaction through the gateway and waits for the bot's answer to it. */
export async function interact(fake: FakeDiscord, interaction: APIInteraction, timeoutMs = 5000): Promise<Reply> {
  fake.sendInteraction(interaction);
  return replyTo(fake, interaction, timeoutMs);
}

/** Dispatches a payload Discord should never send and waits for the bot's answer to it. */
export async function interactOffSpec(fake: FakeDiscord, payload: OffSpec | APIInteraction, timeoutMs = 5000): Promise<Reply> {
  fake.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
  return replyTo(fake, payload, timeoutMs);
}

/** Every request the bot made on behalf of one interaction: its callback, edits, follow-ups. */
export function requestsFor(fake: FakeDiscord, interaction: Pick<APIInteraction, 'id' | 'token'>): RecordedRequest[] {
  return fake.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`) || r.path.startsWith(`/webhooks/${APP_ID}/${interaction.token}`));
}

/**
 * The reply to an interaction: its callback, or for a deferred one the first edit or follow-up that
 * `isFinal` accepts (a long /reindex edits its reply with progress lines before the result).
 */
export async function replyTo(
  fake: FakeDiscord,
  interaction: Pick<APIInteraction, 'id' | 'token'>,
  timeoutMs = 5000,
  isFinal: (body: Reply['message']) => boolean = () => true,
): Promise<Reply> {
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback` && !r.injected, timeoutMs);
  const type = callback.body.type as InteractionResponseType;
  const deferredFlags = callback.body.data?.flags ?? 0;
  if (type !== InteractionResponseType.DeferredChannelMessageWithSource) {
    const message = callback.body.data ?? {};
    return { callback, type, message, ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0, deferred: false };
  }
  const hook = `/webhooks/${APP_ID}/${interaction.token}`;
  const final = await fake.waitForRequest(
    (r) => ((r.method === 'PATCH' && r.path === `${hook}/messages/@original`) || (r.method === 'POST' && r.path === hook)) && isFinal(r.body),
    timeoutMs,
  );
  const flags = final.method === 'POST' ? (final.body.flags ?? 0) : deferredFlags;
  return { callback, type, message: final.body, ephemeral: (flags & MessageFlags.Ephemeral) !== 0, deferred: true };
}

/** The message a reply created, as Discord would return it (for clicking its buttons). */
export function asMessage(reply: Reply, id = '700000000000000001'): APIMessage {
  return { id, channel_id: '333333333333333333', content: '', embeds: [], components: [], ...reply.message } as APIMessage;
}

export function buttonIds(reply: Reply): string[] {
  return (reply.message.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id as string));
}

/**
 * Every variable the bot reads, for a bot run as a child process, so a developer's .env cannot
 * leak into a test (dotenv never overrides what is set).
 */
export function botEnv(apiBase: string, seedsDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_GUILD_ID: '',
    DISCORD_API_BASE: apiBase,
    SEEDS_DIR: seedsDir,
    INDEX_PATH: 'none',
    REINDEX_ROLE_IDS: '',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
    INTERACTIONS_PORT: '',
    DISCORD_PUBLIC_KEY: '',
    ...extra,
  };
}
