import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, coreLog, type Logger } from './log.js';
import { CorpusError } from './corpus/load.js';
import { CoverageService } from './service/coverage.js';

interface Running {
  stop(): Promise<void>;
}

/** With DISCORD_TOKEN: the bot. Without: the offline console with the same commands. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.discordToken ? config.logLevel : 'warn', [config.discordToken]);
  guardProcess(logger);
  const started = Date.now();
  const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, log: coreLog(logger) });
  logger.info({ ...service.counts(), ms: Date.now() - started, skipped: service.index.data.warnings }, 'index ready');
  if (config.discordToken) {
    const { startBot } = await import('./discord/bot.js');
    const bot = await startBot({ config, service, logger });
    onShutdown(logger, async () => {
      await bot.stop();
      await service.drain();
    });
  } else {
    const { runConsole } = await import('./console/console.js');
    await runConsole({ service, input: process.stdin, output: process.stdout });
    await service.drain();
  }
}

/** One bad interaction or a stray promise must not take the bot down: log it with context and go on. */
function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection (the bot keeps running)'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception (the bot keeps running)'));
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight replies, closing the gateway');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
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
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof CorpusError;
  process.stderr.write(`${known ? (err as Error).message : `coverage-bot could not start: ${(err as Error)?.stack ?? String(err)}`}\n`);
  process.exit(1);
});
