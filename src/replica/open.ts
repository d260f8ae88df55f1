import type { Config } from '../config.js';
import { FolderSource } from '../corpus/source.js';
import { coreLog, type Logger } from '../log.js';
import { CoverageService } from '../service/coverage.js';
import { openQueue } from '../queue/queue.js';
import { PgCooldowns } from '../store/cooldowns.js';
import { PgStore, redact } from '../store/postgres.js';
import { StoreReplica } from './replica.js';
import { ScopedReplica, UnlinkedVersion, type ScopedReplicaOptions } from './scoped.js';

/** The service every face answers from, and how to close it with whatever it holds open. */
export interface OpenedService {
  service: CoverageService;
  /** The store's index version answering now; absent in the embedded mode. */
  version?: () => number;
  /** With DATABASE_URL: per-member cooldowns every replica shares. */
  cooldowns?: PgCooldowns;
  close(): Promise<void>;
}

/**
 * No DATABASE_URL: the embedded default (the index in this process and its snapshot file).
 * With it: a replica of the shared store's newest complete index version, following new ones.
 */
export async function openService(config: Config, logger: Logger): Promise<OpenedService> {
  const log = coreLog(logger);
  if (!config.databaseUrl) {
    const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, log });
    return { service, close: () => service.close() };
  }
  const settings = config.replica;
  const store = await PgStore.open(config.databaseUrl);
  const boss = await openQueue(config.databaseUrl, (msg, fields) => log('warn', msg, fields));
  try {
    logger.info({ database: redact(config.databaseUrl), replicaIndex: settings.index }, 'opening the index from the shared database');
    const source = new FolderSource(config.seedsDir);
    const replica = await openReplica(
      { store, boss, source, log, cacheArticles: settings.cacheArticles, candidates: settings.candidates, threads: settings.threads },
      settings.index === 'full',
    );
    return {
      service: replica.service,
      version: () => replica.version,
      cooldowns: new PgCooldowns(store.pool, config.cooldownSeconds),
      async close() {
        await replica.close();
        await boss.stop({ graceful: true, wait: true });
        await store.close();
      },
    };
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}

/**
 * The scoped replica (the default), or one holding the whole version when asked (REPLICA_INDEX=full)
 * or when the newest version was completed by workers older than the scoped reads.
 */
async function openReplica(options: ScopedReplicaOptions, full: boolean): Promise<ScopedReplica | StoreReplica> {
  if (full) return StoreReplica.open(options);
  try {
    return await ScopedReplica.open(options);
  } catch (err) {
    if (!(err instanceof UnlinkedVersion)) throw err;
    options.log?.('warn', `${err.message} Loading the whole version meanwhile.`);
    return StoreReplica.open(options);
  }
}
