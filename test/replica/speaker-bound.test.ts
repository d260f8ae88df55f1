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

describe('a scoped replica answering /speaker past its cap', { timeout: 400_000 }, () => {
  it('reads no batch beyond the first, as the speakers it names are read whole, and answers exactly as the embedded mode either way', async () => {
    const corpus = await seedCorpus({ ...LOCAL_NEWS, ...ferryNews(24) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const runs: { read: number; batches: number }[] = [];
    const r = await replica(url, corpus.dir, {
      candidates: 3,
      threads: 0,
      log: (_level, msg, fields) => {
        if (msg === 'answered in batches') runs.push({ read: Number(fields?.read), batches: Number(fields?.batches) });
      },
    });
    // Names as typed and misspelt, one nobody has (answered with the most quoted as suggestions).
    const questions = nonEmpty([...questionsFrom(embedded).filter(([name]) => name === 'speaker'), ['speaker', ['Ottoline Brankworth']] as const], 'questions');
    const total = async (bound: 'on' | 'off') => {
      process.env.REPLICA_BOUND = bound;
      runs.length = 0;
      for (const [name, args] of questions)
        expect(await r.service.answerAsync(name, [...args]), `${bound}: ${args.join(' | ')}`).toEqual(embedded.answer(name, [...args]));
      return { questions: runs.length, read: runs.reduce((n, x) => n + x.read, 0), batches: runs.reduce((n, x) => n + x.batches, 0) };
    };
    const without = await total('off');
    const bounded = await total('on');
    console.info('articles read in batches for /speaker past a cap of 3', { without, bounded });
    // In earnest: the questions reached more articles than the cap, with the bound too.
    expect(without.questions).toBeGreaterThanOrEqual(questions.length);
    expect(bounded.questions).toBe(without.questions);
    expect(bounded.batches).toBeLessThan(without.batches);
    expect(bounded.read).toBeLessThan(without.read);
  });
});
