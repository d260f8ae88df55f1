import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, type Logger } from './log.js';
import { CorpusError } from './corpus/load.js';
import { openService } from './replica/open.js';
import { readFromNow } from './console/early.js';
import { startFeeds } from './service/feeds.js';
import { closeImporter } from './corpus/import/index.js';

/** With INTERACTIONS_PORT: interactions over HTTP. With DISCORD_TOKEN: the bot. Without: the offline console with the same commands. */
async function main(): Promise<void> {
  const config = loadConfig();
  const serving = config.discordToken !== null || config.interactionsPort !== null;
  const shards = shardIds(process.env);
  const base = createLogger(serving ? config.logLevel : 'warn', [config.discordToken]);
  // A shard's lines name its shards, so an operator can tell the processes apart in one log.
  const logger = shards.length ? base.child({ shards }) : base;
  guardProcess(logger);
  if (config.interactionsPort !== null) {
    const { serveInteractions } = await import('./http/start.js');
    onShutdown(logger, await serveInteractions(config, logger));
    return;
  }
  // GATEWAY_SHARDS: this process only starts and watches one process per shard, each running this entry.
  if (config.gatewayShards !== null && shards.length === 0) {
    const { manageShards } = await import('./discord/shards.js');
    onShutdown(logger, await manageShards(config, logger));
    return;
  }
  const started = Date.now();
  const typed = config.discordToken ? null : readFromNow(process.stdin);
  // The embedded index, or with DATABASE_URL a replica of the shared store's (src/replica/open.ts).
  const opened = await openService(config, logger);
  const { service } = opened;
  logger.info({ ...service.counts(), version: opened.version?.(), ms: Date.now() - started, warnings: service.index.data.warnings }, 'index ready');
  // FEEDS: new items are added in the background; a failing feed is retried and logged, never fatal.
  // With shards, the process holding shard 0 polls the feeds: the others would fetch and write the same items.
  const feeds = shards.length && !shards.includes(0) ? null : startFeeds(config, service, (level, msg, fields) => logger[level](fields ?? {}, msg));
  if (config.discordToken) {
    const { startBot } = await import('./discord/bot.js');
    const bot = await startBot({ config, service, logger, sharedCooldowns: opened.cooldowns });
    onShutdown(logger, async () => {
      await feeds?.stop();
      await bot.stop();
      await closeImporter();
      await opened.close();
    });
  } else if (typed) {
    const { runConsole } = await import('./console/console.js');
    await runConsole({ service, seedsDir: config.seedsDir, input: typed.input, output: process.stdout });
    typed.release();
    await feeds?.stop();
    await closeImporter();
    await opened.close();
  }
}

/** The shard ids of a process the ShardingManager started (it sets SHARDING_MANAGER and SHARDS, which discord.js's Client reads); else none. */
function shardIds(env: NodeJS.ProcessEnv): number[] {
  if (env.SHARDING_MANAGER !== 'true' || !env.SHARDS) return [];
  const parsed: unknown = JSON.parse(env.SHARDS);
  return (Array.isArray(parsed) ? parsed : [parsed]).filter((n): n is number => Number.isInteger(n));
}

/**
 * One bad interaction, a malformed gateway event or a stray promise must not take the bot down:
 * log it with its stack, where it came from and how many there have been, and go on.
 */
function guardProcess(logger: Logger): void {
  let faults = 0;
  const context = () => ({ faults: ++faults, uptimeS: Math.round(process.uptime()), rssMB: Math.round(process.memoryUsage.rss() / 1048576) });
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason, origin: 'unhandledRejection', ...context() }, 'unhandled promise rejection (the bot keeps running)'),
  );
  process.on('uncaughtException', (err, origin) => logger.error({ err, origin, ...context() }, 'uncaught exception (the bot keeps running)'));
}

/**
 * The first SIGINT/SIGTERM stops cleanly: in-flight replies (and a running reindex) finish, then
 * the gateway or HTTP server closes. Later signals are noted and ignored, never the default "die now": npm and
 * a terminal or process manager signalling the whole group each deliver one. A stop that hangs
 * is cut off after 10 s.
 */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'already shutting down; still finishing in-flight replies');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight replies, then closing connections');
    const force = setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish within 10 s; exiting anyway');
      process.exit(1);
    }, 10_000).unref();
    stop().then(
      () => {
        clearTimeout(force);
        logger.info('stopped cleanly');
        logger.flush?.();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof CorpusError;
  process.stderr.write(`${known ? (err as Error).message : `coverage-bot could not start: ${(err as Error)?.stack ?? String(err)}`}\n`);
  process.exit(1);
});
