import type PgBoss from 'pg-boss';
import type { CorpusSource } from '../corpus/source.js';
import { buildIndexData, indexData, openIndex, openIndexSliced, type CoverageIndex } from '../index/build.js';
import type { Article } from '../model/article.js';
import { extractorFingerprint } from '../index/fingerprint.js';
import { CoverageService, type IndexCounts, type ReindexReport } from '../service/coverage.js';
import { enqueueReindex, waitForVersion } from '../queue/reindex.js';
import type { CoverageStore, IndexVersion } from '../store/store.js';
import { VersionFollower } from './follow.js';
import { REINDEX_WAIT_MS, reindexThroughWorkers, type ArticleChanges } from './reindex.js';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface ReplicaOptions {
  store: CoverageStore;
  /** The job queue a reindex through this replica enqueues on. */
  boss: PgBoss;
  /** What a reindex through this replica reads (the corpus folder). */
  source: CorpusSource;
  log?: Log;
  /** Fallback poll for a missed announcement (a dropped LISTEN connection); default 5 s. */
  pollMs?: number;
  /** How long a reindex waits for the workers before reporting (the version goes on building); default 10 min, within the 15 min a Discord follow-up may come. A first start on an empty database waits 3 times as long. */
  reindexTimeoutMs?: number;
}

/**
 * A CoverageService that follows the store's index versions: it answers from the newest complete
 * version it has loaded, switches when a newer one is announced (LISTEN) or seen (poll), and
 * never to a version still building. Its /reindex enqueues work for the extraction workers.
 */
export class StoreReplica {
  readonly service: CoverageService;
  private current: number;
  private readonly follower: VersionFollower;
  /** Articles the last switch read from the database (the rest came from the index it replaced). */
  articlesRead = 0;

  private constructor(
    private readonly options: ReplicaOptions,
    index: CoverageIndex,
    version: number,
  ) {
    this.current = version;
    this.follower = new VersionFollower(() => this.switchToLatest(), options.log);
    this.service = CoverageService.fromIndex(index, { source: options.source, log: options.log, indexPath: null, rebuild: () => this.reindex() });
  }

  /** Opens the newest complete version; on an empty database, builds the first through the workers. */
  static async open(options: ReplicaOptions): Promise<StoreReplica> {
    const { store, log } = options;
    let latest = await store.latestComplete();
    if (!latest) {
      log?.('info', 'no complete index version in the database yet: building the first one through the extraction workers');
      const started = await enqueueReindex(store, options.boss, options.source);
      latest = await waitForVersion(store, started.version, 3 * (options.reindexTimeoutMs ?? REINDEX_WAIT_MS));
      if (latest.state !== 'complete') throw new Error(`The first index version failed: ${latest.error ?? 'unknown error'}`);
    }
    const replica = new StoreReplica(options, openIndex(indexData(await store.loadVersion(latest.version))), latest.version);
    log?.('info', 'replica answering from index version', { version: latest.version, articles: latest.articles });
    if (latest.extractor !== extractorFingerprint())
      log?.('warn', 'the index version was made by other extraction code than this replica runs; /reindex re-extracts every article with the running code', {
        version: latest.version,
      });
    await replica.follower.start(store, options.pollMs);
    return replica;
  }

  /** The index version answering now. */
  get version(): number {
    return this.current;
  }

  /** Checks for a newer complete version and switches to it; calls are serialised. */
  refresh(): Promise<void> {
    return this.follower.refresh();
  }

  async close(): Promise<void> {
    await this.follower.stop();
    await this.service.close();
  }

  private async switchToLatest(): Promise<void> {
    const { store, log } = this.options;
    const latest = await store.latestComplete();
    if (!latest || latest.version <= this.current) return;
    const started = Date.now();
    const next = await this.nextIndex(latest);
    // A newer version may have been adopted meanwhile by nothing else: switches are serialised.
    this.service.adopt(next);
    log?.('info', 'switched to index version', { from: this.current, to: latest.version, articlesRead: this.articlesRead, ms: Date.now() - started });
    this.current = latest.version;
  }

  /**
   * The index of `latest`, reading from the database only the article contents the index answering
   * now does not hold, and reusing the rest (and its linking work) as a local reindex does. A full
   * read when the extraction code differs or the version held now is gone.
   */
  private async nextIndex(latest: IndexVersion): Promise<CoverageIndex> {
    const { store } = this.options;
    const prev = this.service.index;
    const full = async () => {
      const all = await store.loadVersion(latest.version);
      this.articlesRead = all.articles.length;
      return openIndexSliced(indexData(all), prev);
    };
    const sameCode = latest.extractor === extractorFingerprint() && prev.data.extractor === latest.extractor;
    if (!sameCode || !(await store.version(this.current))) return full();
    const delta = await store.loadVersion(latest.version, this.current);
    const held = new Map(prev.data.articles.map((a) => [a.id, a]));
    const fresh = new Map(delta.articles.map((a) => [a.id, a]));
    const articles: Article[] = [];
    for (const key of delta.order) {
      const article = fresh.get(key.articleId) ?? (held.get(key.articleId)?.hash === key.hash ? held.get(key.articleId) : undefined);
      // Listed by the version held now but not in this index (its extraction failed there): read it all.
      if (!article) return full();
      articles.push(article);
    }
    this.articlesRead = delta.articles.length;
    const parts = new Map(delta.parts.map((p) => [p.articleId, p]));
    const data = await buildIndexData(articles, delta.warnings, prev.data, async (todo) =>
      todo.map((a) => parts.get(a.id) ?? { articleId: a.id, failed: 'extraction failed: its records are missing from the database' }),
    );
    return openIndexSliced(data, prev);
  }

  /** The service's reindex: a new version through the workers, then this replica switches to it. */
  private reindex(): Promise<ReindexReport> {
    const { store, boss, source, log, reindexTimeoutMs } = this.options;
    const before = this.service.index;
    return reindexThroughWorkers(
      { store, boss, source, log, timeoutMs: reindexTimeoutMs },
      {
        counts: () => this.service.counts(),
        warnings: () => this.service.index.data.warnings,
        switchAndCompare: async () => {
          await this.refresh();
          return articleChanges(before, this.service.index);
        },
      },
    );
  }
}

function articleChanges(before: CoverageIndex, after: CoverageIndex): ArticleChanges {
  const old = new Map(before.data.articles.map((x) => [x.id, x.hash]));
  const now = new Map(after.data.articles.map((x) => [x.id, x.hash]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
  };
}
