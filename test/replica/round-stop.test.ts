import { afterEach, describe, expect, it } from 'vitest';
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

afterEach(() => {
  delete process.env.REPLICA_BOUND;
});

describe('a scoped replica answering in rounds', { timeout: 400_000 }, () => {
  it('stops a round at the first batch asking words it was not read with, and answers /quote exactly as the embedded mode', async () => {
    // Every candidate read through, so that a round read to its end is longer than one stopped: with the
    // bound, a round may end after its first batch too (bound.test.ts).
    process.env.REPLICA_BOUND = 'off';
    const corpus = await seedCorpus({ ...LOCAL_NEWS, ...ferryNews(24) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const rounds: { batches: number; stopped: boolean }[] = [];
    const r = await replica(url, corpus.dir, {
      candidates: 3,
      threads: 0,
      log: (_level, msg, fields) => {
        if (msg === 'answered in batches') rounds.push({ batches: Number(fields?.batches), stopped: fields?.stopped === true });
      },
    });
    const questions = nonEmpty(
      questionsFrom(embedded).filter(([name]) => name === 'quote'),
      'questions',
    );
    for (const [name, args] of questions) expect(await r.service.answerAsync(name, args), args.join(' | ')).toEqual(embedded.answer(name, args));
    const stopped = rounds.filter((x) => x.stopped);
    console.info('rounds of /quote past a cap of 3', { rounds: rounds.length, stopped: stopped.length });
    // A topic's inflections are asked only once a batch reads it: such a question's first round stops there.
    expect(stopped.length).toBeGreaterThan(0);
    // Each question ends on a round read through. A round stopped before it read no more batches than
    // that round: fewer when it stopped before its last batch, as many when the last batch was the first
    // to ask another word (a speaker quoted in four articles, read in two batches of three).
    expect(rounds.at(-1)?.stopped).toBe(false);
    let before: number[] = [];
    let shorter = 0;
    for (const x of rounds) {
      if (x.stopped) before.push(x.batches);
      else {
        for (const n of before) expect(n).toBeLessThanOrEqual(x.batches);
        shorter += before.filter((n) => n < x.batches).length;
        before = [];
      }
    }
    expect(shorter).toBeGreaterThan(0);
  });
});
