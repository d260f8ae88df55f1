import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CoverageService } from '../service/coverage.js';
import { commandMap, menuMap } from './commands.js';
import { cooldownGate, type DatabaseCooldowns } from './cooldowns.js';
import { Intake } from './intake.js';
import { Router } from './router.js';

export interface StartOptions {
  config: Config;
  service: CoverageService;
  logger: Logger;
  /** With DATABASE_URL: the cooldowns every replica and shard shares. */
  sharedCooldowns?: DatabaseCooldowns;
}

export interface BotHandle {
  client: Client<true>;
  /** Answers what is already in flight, then closes the gateway and REST cleanly. */
  stop(): Promise<void>;
}

/** Connects to Discord and answers slash commands until `stop()`. */
export async function startBot({ config, service, logger, sharedCooldowns }: StartOptions): Promise<BotHandle> {
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set.');
  const client = new Client(clientOptions(config));
  const router = new Router(commandMap(), menuMap(), {
    service,
    config,
    logger,
    cooldowns: cooldownGate(config.cooldownSeconds, (f, m) => logger.warn(f, m), sharedCooldowns),
  });
  const intake = new Intake(client, logger, (task) => router.track(task));
  intake.listen();
  client.on(Events.InteractionCreate, (interaction) => {
    intake.built(interaction.id);
    router.handle(interaction);
  });
  watch(client, logger);
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.discordToken);
    await ready;
  } catch (err) {
    // Leave nothing running (REST sweepers, a half-open socket) so the caller can exit.
    await client.destroy();
    throw err;
  }
  const c = client as Client<true>;
  logger.info({ user: c.user.tag, guilds: c.guilds.cache.size, ...service.counts(), apiBase: config.discordApiBase ?? 'discord.com' }, 'bot ready');
  let stopped: Promise<void> | null = null;
  return {
    client: c,
    stop: () =>
      (stopped ??= (async () => {
        await router.drain();
        await client.destroy();
        logger.info('bot stopped');
      })()),
  };
}

export function clientOptions(config: Pick<Config, 'discordApiBase'>): ClientOptions {
  return {
    // Slash commands need no privileged intents; Guilds gives the guild count and role names.
    intents: [GatewayIntentBits.Guilds],
    // Corpus text can contain @everyone or <@id>: quoting it must never ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
    // Only set when configured: an explicit `api: undefined` would override discord.js's default.
    rest: config.discordApiBase ? { api: config.discordApiBase } : {},
  };
}

function watch(client: Client, logger: Logger): void {
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.GuildCreate, (guild) => logger.debug({ guild: guild.id }, 'guild available'));
  // discord.js's own account of the gateway and REST (sessions, heartbeats, rate limits), for LOG_LEVEL=trace.
  if (logger.isLevelEnabled('trace')) client.on(Events.Debug, (message) => logger.trace({ message }, 'discord.js debug'));
}
