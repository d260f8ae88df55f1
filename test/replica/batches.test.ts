import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/source.js';
import { CoverageService } from '../../src/service/coverage.js';
import { extractInline } from '../../src/runtime/workers.js';
import { ScopedReplica, type ScopedReplicaOptions } from '../../src/replica/scoped.js';
import { ThreadedAnswers } from '../../src/replica/answer-pool.js';
import { startWorker } from '../../src/queue/worker.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { ferryNews } from './ferry-news.js';
import { LOCAL_NEWS } from './local-news.js';
import { questionsFrom } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();

type Settings = Pick<ScopedReplicaOptions, 'candidates' | 'threads' | 'batches' | 'cacheArticles' | 'answerTimeoutMs'>;

/** A database holding a first version of the corpus in `dir`, extracted by a worker. */
async function database(dir: string): Promise<string> {
  const url = await cluster.database();
  const worker = await connect(url);
  await startWorker({ ...worker, pollSeconds: 0.5 });
  const first = await replica(url, dir, { threads: 0 });
  await first.close();
  return url;
}

async function replica(url: string, dir: string, settings: Settings): Promise<ScopedReplica> {
  const c = await connect(url);
  const r = await ScopedReplica.open({ ...c, source: new FolderSource(dir), pollMs: 60_000, reindexTimeoutMs: 120_000, ...settings });
  defer(() => r.close());
  return r;
}

async function embeddedOver(dir: string): Promise<CoverageService> {
  const service = await CoverageService.open({ seedsDir: dir, indexPath: null, extract: extractInline });
  defer(() => service.close());
  return service;
}

function batchesOf(r: ScopedReplica): number {
  return r.answers.lastBatches;
}

describe('a scoped replica past its candidate cap', { timeout: 400_000 }, () => {
  it('answers in batches exactly as the embedded mode when a question reaches many more articles than one index may hold', async () => {
    const corpus = await seedCorpus({ ...LOCAL_NEWS, ...ferryNews(24) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir);
    const r = await replica(url, corpus.dir, { candidates: 3 });
    // The commands whose answers rank records one by one (see BATCHED in src/replica/scoped-answers.ts).
    const questions = nonEmpty(
      questionsFrom(embedded).filter(([name]) => ['whosaid', 'quote', 'ask', 'speaker'].includes(name)),
      'questions',
    );
    let batched = 0;
    let found = 0;
    for (const [name, args] of questions) {
      const want = embedded.answer(name, args);
      expect(await r.service.answerAsync(name, args), `${name} ${args.join(' | ')}`).toEqual(want);
      if (batchesOf(r) > 1) batched++;
      if (want.found) found++;
    }
    expect(found).toBeGreaterThan(questions.length / 2);
    // In earnest: most questions reached more articles than the cap and were answered in batches.
    expect(batched).toBeGreaterThan(questions.length / 2);
    // And the batches are what makes them equal: answered from the best matched three, some differ.
    const capped = await replica(url, corpus.dir, { candidates: 3, batches: false });
    let differ = 0;
    for (const [name, args] of questions)
      if (JSON.stringify(await capped.service.answerAsync(name, args)) !== JSON.stringify(embedded.answer(name, args))) differ++;
    expect(differ).toBeGreaterThan(0);
  });
});
