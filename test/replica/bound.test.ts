import { afterEach, describe, expect, it } from 'vitest';
import type { QueryName } from '../../src/answer/commands.js';
import type { CoverageService } from '../../src/service/coverage.js';
import { FolderSource } from '../../src/corpus/source.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { breakwaterNews } from './breakwater-news.js';
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
  /** Rounds of batches that bounded the articles they read (the replica's log says so per round). */
  bounded: number;
}

interface Setting {
  /** Articles beside the local and ferry stories. */
  more?: Record<string, string>;
  /** Done to the database once the version of the corpus in `dir` is written, before the replica opens. */
  written?: (url: string, dir: string) => Promise<void>;
  /** false: each answer with the bound is compared with the same answer without it, not with the embedded mode's. */
  exact?: boolean;
}

/**
 * Asks `pick`'s questions of a replica with a cap of 3 over a corpus most of whose articles hold
 * the asked words, without the bound and with it, each answer compared with the embedded mode's;
 * returns what the batches read each way.
 */
async function readBothWays(pick: (embedded: CoverageService) => [QueryName, string[]][], { more = {}, written, exact = true }: Setting = {}) {
  const corpus = await seedCorpus({ ...LOCAL_NEWS, ...ferryNews(24), ...more });
  defer(corpus.cleanup);
  const url = await database(corpus.dir);
  await written?.(url, corpus.dir);
  const embedded = await embeddedOver(corpus.dir, defer);
  const runs: { read: number; batches: number; bounded: boolean }[] = [];
  const r = await replica(url, corpus.dir, {
    candidates: 3,
    threads: 0,
    log: (_level, msg, fields) => {
      if (msg === 'answered in batches') runs.push({ read: Number(fields?.read), batches: Number(fields?.batches), bounded: fields?.bounded === true });
    },
  });
  const questions = nonEmpty(pick(embedded), 'questions');
  const unbounded: unknown[] = [];
  const total = async (bound: 'on' | 'off'): Promise<Reads> => {
    process.env.REPLICA_BOUND = bound;
    runs.length = 0;
    for (const [i, [name, args]] of questions.entries()) {
      const out = await r.service.answerAsync(name, args);
      if (bound === 'off') unbounded.push(out);
      expect(out, `${bound}: ${args.join(' | ')}`).toEqual(exact ? embedded.answer(name, args) : unbounded[i]);
    }
    return {
      questions: runs.length,
      read: runs.reduce((n, x) => n + x.read, 0),
      batches: runs.reduce((n, x) => n + x.batches, 0),
      bounded: runs.filter((x) => x.bounded).length,
    };
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
    // In earnest: questions reached more articles than the cap, with the bound too (a speaker found
    // reads only the articles of the speakers named like them, often fewer than the cap; the name
    // nobody has reads the most quoted speakers' for its suggestions).
    expect(without.questions).toBeGreaterThanOrEqual(Math.min(2, asked));
    expect(bounded.questions).toBe(without.questions);
    expect(bounded.batches).toBeLessThan(without.batches);
    expect(bounded.read).toBeLessThan(without.read);
  });

  it('reads fewer articles for /quote past its cap than without the bound, and answers exactly as the embedded mode either way', async () => {
    const { asked, without, bounded } = await readBothWays(quoteQuestions, { more: breakwaterNews(16) });
    console.info('articles read in batches for /quote past a cap of 3', { without, bounded });
    // In earnest: most questions went through batches both times.
    expect(without.questions).toBeGreaterThan(asked / 2);
    expect(bounded.questions).toBeGreaterThan(asked / 2);
    expect(bounded.read).toBeLessThan(without.read);
    expect(bounded.batches).toBeLessThan(without.batches);
    // Topics found by the sentence before their quotations too (the same questions on a version without it: below).
    expect(bounded.bounded).toBeGreaterThan(without.questions / 2);
  });

  it('answers /quote bounded, exactly as the embedded mode, once a new version has filled the sentence before of quotations written before it', async () => {
    // The quotations of the first version lose their lead, as those stored before migration 009
    // have none; the next version reuses them (same articles, same extraction code) and fills them.
    const forgetThenReindex = async (url: string, dir: string) => {
      const c = await connect(url);
      await c.store.pool.query('UPDATE quotes SET lead = NULL');
      const job = await enqueueReindex(c.store, c.boss, new FolderSource(dir));
      expect(job.enqueued).toBe(0);
      expect((await waitForVersion(c.store, job.version, 120_000)).state).toBe('complete');
      const { rows } = await c.store.pool.query<{ missing: number; quotes: number }>(
        'SELECT count(*) FILTER (WHERE lead IS NULL)::int AS missing, count(*)::int AS quotes FROM quotes',
      );
      expect(rows[0]?.quotes).toBeGreaterThan(0);
      expect(rows[0]?.missing).toBe(0);
    };
    const { asked, without, bounded } = await readBothWays(quoteQuestions, { more: breakwaterNews(16), written: forgetThenReindex });
    console.info('articles read in batches for /quote on a version whose older quotations were given their lead', { without, bounded });
    expect(bounded.questions).toBeGreaterThan(asked / 2);
    expect(bounded.read).toBeLessThan(without.read);
    expect(bounded.bounded).toBeGreaterThan(without.questions / 2);
  });

  it('answers /quote topics on a version written before quotations kept their sentence before as without the bound, none of them bounded', async () => {
    // Migration 009 leaves such quotations without a lead, and 011 marks a version completed with
    // any (index_versions.quote_leads): they are found as before, unbounded. (Not the embedded mode's
    // answers: past the cap, a quotation about a topic only by its sentence before is found only in
    // articles reached otherwise, as before the migration.)
    const forget = async (url: string) => {
      const { store } = await connect(url);
      await store.pool.query('UPDATE quotes SET lead = NULL');
      await store.pool.query('UPDATE index_versions SET quote_leads = false');
    };
    // Topics only: /quote by a speaker alone finds no quotation by the sentence before, and is bounded there too.
    const topics = (embedded: CoverageService) => quoteQuestions(embedded).filter(([, [topic = '']]) => topic.trim() !== '');
    const { without, bounded } = await readBothWays(topics, { more: breakwaterNews(16), written: forget, exact: false });
    console.info('articles read in batches for /quote on a version without leads', { without, bounded });
    expect(bounded.questions).toBeGreaterThan(0);
    expect(bounded.bounded).toBe(0);
  });
});

/**
 * /quote questions: topics said only in the sentence before a quotation (the breakwater stories,
 * and the ferry stories' review in the paragraph before), by a speaker, by a surname alone
 * (quotations credited to a description in the stories naming them), and topics and speakers
 * taken from the corpus.
 */
function quoteQuestions(embedded: CoverageService): [QueryName, string[]][] {
  return [
    ['quote', ['breakwater autumn storms']],
    ['quote', ['winter timetable review']],
    ['quote', ['breakwater repairs', 'Mira Brandt']],
    ['quote', ['daylight working on the quay', 'Quill']],
    ['quote', ['ferry crossing', 'Pavel Eklund']],
    ['quote', ['repairing the breakwater Brandt']],
    ...questionsFrom(embedded).filter(([name]) => name === 'quote'),
  ];
}
