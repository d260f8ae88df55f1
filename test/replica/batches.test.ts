import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { ScopedReplica } from '../../src/replica/scoped.js';
import type { ThreadedAnswers } from '../../src/replica/answer-pool.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { ferryNews } from './ferry-news.js';
import { LOCAL_NEWS } from './local-news.js';
import { scopedSetup } from './scoped-setup.js';
import { embeddedOver, questionsFrom } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();

const { database, replica } = scopedSetup(cluster, { connect, defer });

function batchesOf(r: ScopedReplica): number {
  return r.answers.lastBatches;
}

describe('a scoped replica past its candidate cap', { timeout: 400_000 }, () => {
  it('answers in batches exactly as the embedded mode when a question reaches many more articles than one index may hold', async () => {
    const corpus = await seedCorpus({ ...LOCAL_NEWS, ...ferryNews(24) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
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
      // Answered in batches at all (0: at once): one may be enough when the bound skips the rest (first-cut.ts).
      if (batchesOf(r) > 0) batched++;
      if (want.found) found++;
    }
    expect(found).toBeGreaterThan(questions.length / 2);
    // In earnest: most questions reached more articles than the cap and were answered in batches
    // (all but /ask's, answered from the articles it can depend on: src/replica/scoped-ask.ts).
    expect(batched).toBeGreaterThan(questions.filter(([name]) => name !== 'ask').length / 2);
    // And the batches are what makes them equal: answered from the best matched three, some differ.
    const capped = await replica(url, corpus.dir, { candidates: 3, batches: false });
    let differ = 0;
    for (const [name, args] of questions)
      if (JSON.stringify(await capped.service.answerAsync(name, args)) !== JSON.stringify(embedded.answer(name, args))) differ++;
    expect(differ).toBeGreaterThan(0);
  });
});

/** The event loop's longest stall (ms) while `run` ran, how long it ran, and the share of that time the loop was busy. */
async function loopDelayDuring(run: () => Promise<unknown>): Promise<{ stallMs: number; ms: number; busy: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const use = performance.eventLoopUtilization();
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const busy = performance.eventLoopUtilization(use).utilization;
  delay.disable();
  return { stallMs: delay.max / 1e6, ms, busy };
}

describe('a scoped replica answers on worker threads', { timeout: 400_000 }, () => {
  it('keeps the thread that answers interactions responsive while a question over many articles runs, and stops one that runs too long', async () => {
    const corpus = await seedCorpus(ferryNews(120));
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    // No cache: every question reads and indexes its articles again, the slow path.
    const threaded = await replica(url, corpus.dir, { cacheArticles: 0 });
    const inline = await replica(url, corpus.dir, { cacheArticles: 0, threads: 0 });
    const question = ['ferry timetable review harbour crossing'];
    // Workers and code warm first: the comparison is of answering, not of starting.
    const want = await inline.service.answerAsync('quote', question);
    expect(want.found).toBe(true);
    expect(await threaded.service.answerAsync('quote', question)).toEqual(want);
    expect(threaded.answers.lastScope).toBeGreaterThanOrEqual(100);

    const onWorkers = await loopDelayDuring(() => threaded.service.answerAsync('quote', question));
    const onThisThread = await loopDelayDuring(() => inline.service.answerAsync('quote', question));
    console.info('event loop, longest stall while a question ran', { onWorkers, onThisThread });
    // Answered here, the loop is busy for most of the question (its reads are awaited, so no one
    // stall need be long); on the workers, for a sliver of it (receiving the answer).
    expect(onWorkers.stallMs).toBeLessThan(onWorkers.ms / 4);
    expect(onWorkers.busy * 4).toBeLessThan(onThisThread.busy);

    // A question stopped for time comes back as a message; its worker is replaced and the next question is answered.
    const answers = threaded.answers as ThreadedAnswers;
    const before = answers.threadIds;
    answers.timeoutMs = Math.max(2, Math.round(onWorkers.ms / 20));
    const stopped = await threaded.service.answerAsync('quote', question);
    expect(stopped.found).toBe(false);
    expect(stopped.message).toMatch(/took longer than .* and was stopped/);
    answers.timeoutMs = 600_000;
    expect(await threaded.service.answerAsync('quote', question)).toEqual(want);
    expect(answers.threadIds.some((id) => !before.includes(id))).toBe(true);
  });
});
