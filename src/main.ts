import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, coreLog } from './log.js';
import { CorpusError } from './corpus/load.js';
import { CoverageService } from './service/coverage.js';

/** With DISCORD_TOKEN: the bot. Without: the offline console with the same commands. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.discordToken ? config.logLevel : 'warn', [config.discordToken]);
  const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, log: coreLog(logger) });
  if (config.discordToken) {
    const { startBot } = await import('./discord/bot.js');
    await startBot({ config, service, logger });
  } else {
    const { runConsole } = await import('./console/console.js');
    await runConsole({ service, input: process.stdin, output: process.stdout });
  }
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof CorpusError;
  process.stderr.write(`${known ? (err as Error).message : `coverage-bot could not start: ${(err as Error)?.stack ?? String(err)}`}\n`);
  process.exit(1);
});
