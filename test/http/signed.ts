import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIInteraction,
  InteractionResponseType,
} from 'discord-api-types/v10';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, coreLog } from '../../src/log.js';
import { CoverageService } from '../../src/service/coverage.js';
import { startInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { tempCorpus } from '../helpers/corpus.js';
import { ARTICLES, simpleExtract } from '../e2e/corpus.js';
import { FakeDiscord } from '../e2e/fake-discord.js';
import { LogSink, TOKEN } from '../e2e/harness.js';

/** A fresh Ed25519 key pair, as the Developer Portal would hold for an application: the public half as 64 hex characters. */
export function keyPair(): { publicHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('no public key bytes');
  return { publicHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

/** Discord's two headers for `body`, signed at `timestamp` (seconds). */
export function signatureHeaders(privateKey: KeyObject, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`, 'utf8'), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(timestamp) };
}

/** What the bot put in an HTTP response: the fields these tests read. */
export interface ResponseData {
  content?: string;
  flags?: number;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  choices?: APIApplicationCommandOptionChoice[];
  allowed_mentions?: APIAllowedMentions;
}

export interface Posted {
  status: number;
  body: { type: InteractionResponseType; data?: ResponseData };
}

/** The Speaker field of the first embed of a message. */
export function speakerOf(data: { embeds?: APIEmbed[] } | undefined): string | undefined {
  return data?.embeds?.[0]?.fields?.find((f) => f.name === 'Speaker')?.value;
}

/** The custom ids of a message's buttons. */
export function buttonIdsOf(data: ResponseData | undefined): string[] {
  return (data?.components ?? []).flatMap((row) => row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])));
}

/** POSTs an interaction the way Discord does: JSON, signed. */
export async function postInteraction(
  url: string,
  privateKey: KeyObject,
  interaction: APIInteraction | Record<string, unknown>,
  path = '/interactions',
): Promise<Posted> {
  const body = JSON.stringify(interaction);
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(privateKey, body) }, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export interface HttpHarness {
  fake: FakeDiscord;
  service: CoverageService;
  servers: InteractionServer[];
  server: InteractionServer;
  config: Config;
  logs: LogSink;
  privateKey: KeyObject;
  publicHex: string;
  stop(): Promise<void>;
}

/**
 * A fake Discord (for the webhook routes follow-ups use), a service over a temporary corpus, and
 * `replicas` interaction servers answering from it. No bot token anywhere.
 */
export async function startHttpHarness(
  options: { replicas?: number; env?: Record<string, string>; files?: Record<string, string> } = {},
): Promise<HttpHarness> {
  const corpus = await tempCorpus(options.files ?? ARTICLES);
  const fake = await FakeDiscord.start({ token: TOKEN });
  const { publicHex, privateKey } = keyPair();
  const logs = new LogSink();
  const config = loadConfig({
    DISCORD_API_BASE: fake.apiBase,
    SEEDS_DIR: corpus.dir,
    INDEX_PATH: 'none',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: publicHex,
    ...options.env,
  });
  const logger = createLogger(config.logLevel, [], logs);
  const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: null, extract: simpleExtract, log: coreLog(logger) });
  const servers: InteractionServer[] = [];
  for (let i = 0; i < (options.replicas ?? 1); i++)
    servers.push(await startInteractionServer({ port: 0, host: '127.0.0.1', publicKey: publicHex, service, config, log: logger }));
  return {
    fake,
    service,
    servers,
    server: servers[0],
    config,
    logs,
    privateKey,
    publicHex,
    async stop() {
      for (const s of servers) await s.close();
      await service.close();
      await fake.stop();
      await corpus.cleanup();
    },
  };
}
