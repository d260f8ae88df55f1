import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, coreLog } from './log.js';
import { PgStore, StoreError, redact } from './store/postgres.js';
import { openQueue } from './queue/queue.js';
import { startWorker } from './queue/worker.js';

/**
 * `npm run worker`: an extraction worker of the scaled deployment. Takes jobs from the queue in
 * the shared database (DATABASE_URL), one article at a time; run as many as there are cores to spare.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, [config.discordToken, passwordOf(config.databaseUrl)]);
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL is not set: an extraction worker takes its jobs from the shared PostgreSQL database.']);
  const log = coreLog(logger);
  const store = await PgStore.open(config.databaseUrl);
  const boss = await openQueue(config.databaseUrl, (msg, fields) => log('warn', msg, fields));
  const worker = await startWorker({ store, boss, log });
  logger.info({ database: redact(config.databaseUrl), worker: worker.name }, 'waiting for extraction jobs');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, ...worker.done }, 'stopping: finishing the job in hand');
    // A job cut off here is not lost: pg-boss hands it out again once it expires.
    setTimeout(() => process.exit(1), 30_000).unref();
    void boss
      .stop({ graceful: true, wait: true, timeout: 25_000 })
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function passwordOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return decodeURIComponent(new URL(url).password) || null;
  } catch {
    return null;
  }
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StoreError;
  process.stderr.write(`${known ? (err as Error).message : `coverage-bot worker could not start: ${(err as Error)?.stack ?? String(err)}`}\n`);
  process.exit(1);
});
