import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CoverageService } from '../service/coverage.js';
import { openService } from '../replica/open.js';
import { startInteractionServer } from './server.js';
import { startFeeds } from '../service/feeds.js';
import { closeImporter } from '../corpus/import/index.js';

/**
 * `npm start` in HTTP interactions mode: the server listens at once (so /healthz answers and
 * /readyz says 503 while the index opens), then answers interactions from the index. Returns
 * the clean stop for SIGTERM.
 */
export async function serveInteractions(config: Config, logger: Logger): Promise<() => Promise<void>> {
  if (config.interactionsPort === null || config.discordPublicKey === null) throw new Error('INTERACTIONS_PORT and DISCORD_PUBLIC_KEY must both be set.');
  if (config.discordToken)
    logger.warn("DISCORD_TOKEN is set but not used: in HTTP interactions mode every reply uses the interaction's own token, and no gateway is opened");
  const started = Date.now();
  // The embedded index, or with DATABASE_URL a replica of the shared store's (src/replica/open.ts).
  const opened = openService(config, logger);
  const opening = opened.then((o) => o.service);
  const server = await startInteractionServer({
    port: config.interactionsPort,
    publicKey: config.discordPublicKey,
    service: opening,
    sharedCooldowns: opened.then((o) => o.cooldowns),
    config,
    log: logger,
  });
  let service: CoverageService;
  try {
    service = await opening;
  } catch (err) {
    await server.close();
    throw err;
  }
  logger.info({ ...service.counts(), ms: Date.now() - started, warnings: service.index.data.warnings, url: server.url }, 'index ready');
  // FEEDS work as in the other modes: new items are added in the background, a failing feed is retried and logged.
  const feeds = startFeeds(config, service, (level, msg, fields) => logger[level](fields ?? {}, msg));
  return async () => {
    await server.close();
    await feeds?.stop();
    await closeImporter();
    await (await opened).close();
  };
}
