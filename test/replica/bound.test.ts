import { afterEach, describe, expect, it } from 'vitest';
import type { QueryName } from '../../src/answer/commands.js';
import type { CoverageService } from '../../src/service/coverage.js';
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

interface Reads {
  /** Questions answered in batches. */
  questions: number;
  read: number;
  batches: number;
}

/**
 * Asks `pick`'s questions of a replica with a cap of 3 over a corpus most of whose articles hold
 * the asked words, without the bound and with it, each answer compared with the embedded mode's;
 * returns what the batches read each way.
 */
async function readBothWays(pick: (embedded: CoverageService) => [QueryName, string[]][]) {
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
  const questions = nonEmpty(pick(embedded), 'questions');
  const total = async (bound: 'on' | 'off'): Promise<Reads> => {
    process.env.REPLICA_BOUND = bound;
    runs.length = 0;
    for (const [name, args] of questions) expect(await r.service.answerAsync(name, args), `${bound}: ${args.join(' | ')}`).toEqual(embedded.answer(name, args));
    return { questions: runs.length, read: runs.reduce((n, x) => n + x.read, 0), batches: runs.reduce((n, x) => n + x.batches, 0) };
  };
  const without = await total('off');
  const bounded = await total('on');
  return { asked: questions.length, without, bounded };
}

describe('a scoped replica bounding the articles it has not read', { timeout: 400_000 }, () => {
  it('reads fewer articles for /whosaid past its cap than without the bound, and answers exactly as the embedded mode either way', async () => {
    // /whosaid declares it reads no list (COMMAND_TABLE reads: []): the answers the bound applies to.
    const { asked, without, bounded } = await readBothWays((embedded) => questionsFrom(embedded).filter(([name]) => name === 'whosaid'));
    console.info('articles read in batches for /whosaid past a cap of 3', { without, bounded });
    // In earnest: the questions went through batches both times.
    expect(without.questions).toBeGreaterThan(asked / 2);
    expect(bounded.questions).toBe(without.questions);
    expect(bounded.read).toBeLessThan(without.read);
    expect(bounded.batches).toBeLessThan(without.batches);
  });

  it('reads no /speaker batch beyond the first, as the speakers it names are read whole, and answers exactly as the embedded mode either way', async () => {
    // Names as typed and misspelt, one nobody has (answered with the most quoted as suggestions).
    const { asked, without, bounded } = await readBothWays((embedded) => [
      ...questionsFrom(embedded).filter(([name]) => name === 'speaker'),
      ['speaker', ['Ottoline Brankworth']],
    ]);
    console.info('articles read in batches for /speaker past a cap of 3', { without, bounded });
    // In earnest: the questions reached more articles than the cap, with the bound too.
    expect(without.questions).toBeGreaterThanOrEqual(asked);
    expect(bounded.questions).toBe(without.questions);
    expect(bounded.batches).toBeLessThan(without.batches);
    expect(bounded.read).toBeLessThan(without.read);
  });
});
