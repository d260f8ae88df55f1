import { FolderSource } from '../../src/corpus/source.js';
import { startWorker } from '../../src/queue/worker.js';
import { ScopedReplica, type ScopedReplicaOptions } from '../../src/replica/scoped.js';
import type { TestConnections, TestPostgres } from '../helpers/postgres.js';

export type ReplicaSettings = Partial<Pick<ScopedReplicaOptions, 'candidates' | 'threads' | 'batches' | 'cacheArticles' | 'answerTimeoutMs' | 'log'>>;

/** Scoped replicas over throwaway databases, each closed after its test. */
export function scopedSetup(cluster: TestPostgres, { connect, defer }: TestConnections) {
  async function replica(url: string, dir: string, settings: ReplicaSettings): Promise<ScopedReplica> {
    const c = await connect(url);
    const r = await ScopedReplica.open({ ...c, source: new FolderSource(dir), pollMs: 60_000, reindexTimeoutMs: 120_000, ...settings });
    defer(() => r.close());
    return r;
  }
  /** A database holding a first version of the corpus in `dir`, extracted by a worker. */
  async function database(dir: string): Promise<string> {
    const url = await cluster.database();
    const worker = await connect(url);
    await startWorker({ ...worker, pollSeconds: 0.5 });
    const first = await replica(url, dir, { threads: 0 });
    await first.close();
    return url;
  }
  return { database, replica };
}
