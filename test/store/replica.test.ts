import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/source.js';
import type { QueryName } from '../../src/answer/commands.js';
import { CoverageService } from '../../src/service/coverage.js';
import { extractInline } from '../../src/runtime/workers.js';
import { StoreReplica } from '../../src/replica/replica.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { startWorker } from '../../src/queue/worker.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';

const CLINIC = `Night clinic opens in the old library
Date: 2025-05-02

The town's first night clinic opened on Friday in the former library on Quay Street.

"Nobody should have to wait until morning to see a nurse," said Dr. Mira Okonjo, who runs the clinic.
`;

const FERRY = `Ferry timetable cut for the winter
Date: 2025-11-20

The island ferry will sail twice a day instead of four times from December.

"We carry fewer than forty passengers a crossing in January," said Tomas Brandt, the operator's manager.
`;

const cluster = usePostgres();

const { connect, defer } = useConnections();

async function worker(url: string) {
  const c = await connect(url);
  return { ...c, worker: await startWorker({ ...c, pollSeconds: 0.5 }) };
}

async function replica(url: string, dir: string, pollMs = 60_000): Promise<StoreReplica> {
  const c = await connect(url);
  const r = await StoreReplica.open({ ...c, source: new FolderSource(dir), pollMs, reindexTimeoutMs: 60_000 });
  defer(() => r.close());
  return r;
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Questions made from what the corpus holds (its quotations, speakers and statements), not written for it. */
function questionsFrom(service: CoverageService): [QueryName, string[]][] {
  const { quotes, entities } = service.index.extraction;
  const words = (s: string, n: number) => s.split(/\s+/).slice(0, n).join(' ');
  const facts = service.index.facts.all();
  return [
    ...quotes.slice(0, 8).map((q): [QueryName, string[]] => ['whosaid', [words(q.text, 8)]]),
    ...quotes.slice(0, 4).map((q): [QueryName, string[]] => ['quote', [words(q.text, 3)]]),
    ...entities.slice(0, 5).flatMap((e): [QueryName, string[]][] => [
      ['ask', [`What did ${e.name} say?`]],
      ['ask', [`Who is ${e.name}?`]],
    ]),
    ...facts.slice(0, 5).map((f): [QueryName, string[]] => ['ask', [`${words(f.statement, 7)}?`]]),
    ['sources', []],
    ['help', []],
  ];
}

describe('a replica over the shared store', { timeout: 120_000 }, () => {
  it('answers every question the same as the embedded mode on the same corpus', async () => {
    const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
    defer(corpus.cleanup);
    const url = await cluster.database();
    await worker(url);
    const r = await replica(url, corpus.dir);
    const embedded = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: extractInline });
    defer(() => embedded.close());
    const questions = nonEmpty(questionsFrom(embedded), 'questions made from the corpus');
    expect(questions.filter(([name]) => name === 'ask').length).toBeGreaterThan(5);
    let found = 0;
    for (const [name, args] of questions) {
      const want = embedded.answer(name, args);
      expect(r.service.answer(name, args), `${name} ${args.join(' | ')}`).toEqual(want);
      if (want.found) found++;
    }
    // Equal "not found" answers alone would prove little.
    expect(found).toBeGreaterThan(questions.length / 2);
    expect(r.service.counts()).toEqual(embedded.counts());
  });

  it('keeps answering from the previous version until the new one is complete, then switches on the announcement', async () => {
    const corpus = await seedCorpus();
    defer(corpus.cleanup);
    const url = await cluster.database();
    const first = await worker(url);
    // A poll too slow to matter within the test: the switch must come from LISTEN/NOTIFY.
    const r = await replica(url, corpus.dir);
    expect(r.version).toBe(1);
    await first.boss.stop({ graceful: true, wait: true });

    await writeFile(path.join(corpus.dir, 'clinic.txt'), CLINIC);
    const c = await connect(url);
    const job = await enqueueReindex(c.store, c.boss, new FolderSource(corpus.dir));
    expect(job.version).toBe(2);
    // No worker is running: version 2 stays building and the replica answers from version 1.
    await new Promise((res) => setTimeout(res, 1000));
    await r.refresh();
    expect((await c.store.version(2))?.state).toBe('building');
    expect(r.version).toBe(1);
    expect(r.service.whosaid('Nobody should have to wait until morning to see a nurse').found).toBe(false);

    await worker(url);
    await waitForVersion(c.store, job.version, 60_000);
    await until(() => r.version === 2);
    const answer = r.service.whosaid('Nobody should have to wait until morning to see a nurse');
    expect(answer.found).toBe(true);
    expect(answer.results[0]?.source.id).toBe('clinic');
  });

  it('listens again after its connection is cut, and catches up on a version completed meanwhile', async () => {
    const corpus = await seedCorpus();
    defer(corpus.cleanup);
    const url = await cluster.database();
    await worker(url);
    const r = await replica(url, corpus.dir);
    const c = await connect(url);
    // As a database restart or a failover would: the listening connection is gone.
    const cut = await c.store.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coverage-bot-listen'");
    expect(cut.rowCount).toBeGreaterThan(0);
    await writeFile(path.join(corpus.dir, 'clinic.txt'), CLINIC);
    const job = await enqueueReindex(c.store, c.boss, new FolderSource(corpus.dir));
    await waitForVersion(c.store, job.version, 60_000);
    // The poll is a minute away: only the new LISTEN connection (or its catch-up look) can bring the switch.
    await until(() => r.version === job.version);
    const relisten = await c.store.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'coverage-bot-listen'");
    expect(relisten.rows[0].n).toBe(1);
  });

  it('a reindex through one replica reaches the other replica', async () => {
    const corpus = await seedCorpus();
    defer(corpus.cleanup);
    const url = await cluster.database();
    await worker(url);
    await worker(url);
    const a = await replica(url, corpus.dir);
    const b = await replica(url, corpus.dir);
    await writeFile(path.join(corpus.dir, 'ferry.txt'), FERRY);
    const report = await a.service.reindex();
    expect(report.ok).toBe(true);
    expect(report.delta.added).toEqual(['ferry']);
    expect(report.delta.articles).toBe(1);
    await until(() => b.version === a.version);
    const question = 'We carry fewer than forty passengers a crossing in January';
    expect(b.service.whosaid(question)).toEqual(a.service.whosaid(question));
    expect(b.service.whosaid(question).results[0]?.speaker).toBe('Tomas Brandt');
    // b read only the added article from the database and reused the rest of the index it held;
    // it answers the same as a replica that reads the whole version.
    expect(b.articlesRead).toBe(1);
    const c = await replica(url, corpus.dir);
    expect(c.version).toBe(b.version);
    const questions = nonEmpty(questionsFrom(c.service), 'questions made from the corpus');
    for (const [name, args] of questions) expect(b.service.answer(name, args), `${name} ${args.join(' | ')}`).toEqual(c.service.answer(name, args));
  });

  it('a first start on an empty database with no readable article fails with a message', async () => {
    const corpus = await seedCorpus();
    defer(corpus.cleanup);
    const url = await cluster.database();
    await worker(url);
    const c = await connect(url);
    const r = await StoreReplica.open({ ...c, source: { load: async () => ({ dir: corpus.dir, articles: [], warnings: [] }) }, pollMs: 60_000 }).catch(
      (err: Error) => err,
    );
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/No readable articles/);
  });
});
