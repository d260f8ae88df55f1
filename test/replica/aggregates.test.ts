import { describe, expect, it } from 'vitest';
import type { QueryName } from '../../src/answer/commands.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { ferryNews } from './ferry-news.js';
import { LOCAL_NEWS } from './local-news.js';
import { scopedSetup } from './scoped-setup.js';
import { embeddedOver } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();

const { database, replica } = scopedSetup(cluster, { connect, defer });

/** The ferry story in three outlets (two named, one not), beside the unrelated local news. */
function ferryInOutlets(count: number): Record<string, string> {
  const files: Record<string, string> = { ...LOCAL_NEWS, ...ferryNews(count) };
  for (let i = 0; i < count; i++) {
    const outlet = ['The Coast Gazette', 'Harbour Weekly', null][i % 3];
    if (outlet) files[`ferry-${String(i).padStart(3, '0')}.json`] = JSON.stringify({ outlet });
  }
  return files;
}

/** Counting questions: topics most of the articles speak of, outlets, both, and ones that find nothing. */
const COUNTING: [QueryName, string[]][] = [
  ['speakers', ['ferry timetable']],
  ['speakers', ['harbour committee']],
  ['speakers', ['passengers last winter']],
  ['speakers', ['crosing']],
  ['speakers', ['bearings']],
  ['speakers', ['', 'Coast Gazette']],
  ['speakers', ['', 'the harbour weekly']],
  ['speakers', ['', 'Evening Planet']],
  ['speakers', ['ferry', 'The Coast Gazette']],
  ['speakers', ['crossing', 'Harbour Weekly']],
  ['speakers', ['library hours', 'Harbour Weekly']],
  ['timeline', ['ferry timetable']],
  ['timeline', ['harbour']],
  ['timeline', ['passengers crossing']],
  ['timeline', ['review']],
  ['timeline', ['school run']],
  ['timeline', ['volcano']],
];

describe('a scoped replica counting past its candidate cap', { timeout: 600_000 }, () => {
  it('answers /speakers with a topic, an outlet or both, /timeline, and speaker autocomplete exactly as the embedded mode', async () => {
    const corpus = await seedCorpus(ferryInOutlets(24));
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const r = await replica(url, corpus.dir, { candidates: 3 });
    let batched = 0;
    let found = 0;
    for (const [name, args] of COUNTING) {
      const want = embedded.answer(name, args);
      expect(await r.service.answerAsync(name, args), `${name} ${args.join(' | ')}`).toEqual(want);
      if (r.answers.lastBatches > 1) batched++;
      if (want.found) found++;
    }
    expect(found).toBeGreaterThan(COUNTING.length / 2);
    // In earnest: most reached more articles than the cap and were counted over several batches.
    expect(batched).toBeGreaterThan(COUNTING.length / 2);
    // The sources' differing figures are found across batches too.
    expect(embedded.answer('timeline', ['passengers crossing']).sourcesDiffer).toBe(true);

    // Autocomplete ranks speakers by how often the whole version quotes them; the recurring ones have several quotations.
    const { quotes, entities } = embedded.index.extraction;
    const quoted = nonEmpty(
      entities.filter((e) => quotes.filter((q) => q.speakerId === e.id).length > 1),
      'speakers quoted more than once',
    );
    const prefixes = ['', 'Mi', 'cas', 'Lindg', 'Tomas Bra', 'Haldan', 'zz', quoted[0]!.name.slice(0, 4)];
    for (const prefix of prefixes) {
      const want = embedded.suggestSpeakers(prefix);
      expect(await r.service.suggestAsync('speakers', prefix), `speakers '${prefix}'`).toEqual(want);
    }
    expect(embedded.suggestSpeakers('').length).toBeGreaterThan(5);

    // The summed batches are what makes them equal: counted over the best matched three, some differ.
    const capped = await replica(url, corpus.dir, { candidates: 3, batches: false });
    let differ = 0;
    for (const [name, args] of COUNTING)
      if (JSON.stringify(await capped.service.answerAsync(name, args)) !== JSON.stringify(embedded.answer(name, args))) differ++;
    expect(differ).toBeGreaterThan(COUNTING.length / 3);
  });
});

describe('an answering thread whose idle database connections are ended', { timeout: 300_000 }, () => {
  it('logs it once, readable for an operator, and answers the next question', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
    const r = await replica(url, corpus.dir, { threads: 1, log: (level, msg, fields) => lines.push({ level, msg, fields }) });
    const question: [QueryName, string[]] = ['whosaid', ['the bearings are ninety years old']];
    const want = await r.service.answerAsync(...question);
    expect(want.found).toBe(true);
    // The worker's connection is idle now (pg keeps it 10 s): end it from the server's side.
    const admin = await connect(url);
    const ended = await admin.store.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coverage-bot-answers' AND state = 'idle'`,
    );
    expect(ended.rowCount).toBeGreaterThan(0);
    const logged = () => lines.filter((l) => /lost an idle database connection/.test(l.msg));
    for (let waited = 0; logged().length === 0 && waited < 10_000; waited += 100) await new Promise((ok) => setTimeout(ok, 100));
    const [line] = nonEmpty(logged(), 'log lines about the lost connection');
    expect(line!.level).toBe('warn');
    expect(String(line!.fields?.error)).toMatch(/terminat/i);
    expect(await r.service.answerAsync(...question)).toEqual(want);
    // A second loss within the minute is counted, not logged again.
    await r.service.answerAsync('speaker', ['Hana Novak']);
    await admin.store.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coverage-bot-answers' AND state = 'idle'`);
    await new Promise((ok) => setTimeout(ok, 1000));
    expect(logged()).toHaveLength(1);
    expect(await r.service.answerAsync(...question)).toEqual(want);
  });
});
