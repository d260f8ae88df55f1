import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../helpers/corpus.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { floodNews } from './flood-news.js';
import { LOCAL_NEWS } from './local-news.js';
import { scopedSetup } from './scoped-setup.js';
import { embeddedOver } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();
const { database, replica } = scopedSetup(cluster, { connect, defer });

/** Questions whose words most of the flood articles hold: counts, dates, sums, typos, speakers, and ones the coverage does not answer. */
const QUESTIONS = [
  'How many people were evacuated in Corran?',
  'How many people were relocated in Bellmoor after the river burst its banks?',
  'How many people were rehoused in Greywater on Friday?',
  'How many people were moved in Hollins?',
  'When is the vote on school meals in Dunsley?',
  'When is the vote on flood barriers?',
  'How much will the county council spend on park benches in Hollins?',
  'How much will the council spend on street lighting?',
  // Typos: respelt to the facts' own words, which every article holds.
  'How many peple were evacuated in Corran?',
  'When is the vote on scool meals in Elverton?',
  'How many people were evacauted in Ashby Ford?',
  // Nothing answers these; passages that come close are offered.
  'How many people were evacuated in Corran after the earthquake?',
  'When is the vote on the new harbour in Farrowdale?',
  'How many cattle were lost in Dunsley?',
  // Speakers: their own quotations answer.
  'What did Celia Marsh say?',
  'What did Bram Oakes say about the relief committee?',
  'Who is Agnes Whitlow?',
  'When will the bridge over the Marren close?',
];

describe('/ask on a scoped replica past its candidate cap', { timeout: 600_000 }, () => {
  it('answers exactly as the embedded mode when the words of a question are in far more articles than the cap', async () => {
    const corpus = await seedCorpus({ ...LOCAL_NEWS, ...floodNews(32) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const r = await replica(url, corpus.dir, { candidates: 3 });
    let found = 0;
    let offered = 0;
    for (const question of QUESTIONS) {
      const want = embedded.answer('ask', [question]);
      expect.soft(await r.service.answerAsync('ask', [question]), question).toEqual(want);
      if (want.found) found++;
      if (!want.found && /Possibly relevant/.test(want.message ?? '')) offered++;
      // A few dozen articles at most, however many hold the question's words.
      expect(r.answers.lastScope, question).toBeLessThanOrEqual(60);
    }
    expect(found).toBeGreaterThan(QUESTIONS.length / 2);
    expect(offered).toBeGreaterThan(0);
    // In earnest: a fact of every flood article states how many people were moved, ten times the cap.
    const holding = new Set(
      embedded.index.facts
        .all()
        .filter((f) => /people were/.test(f.statement))
        .map((f) => f.articleId),
    );
    expect(holding.size).toBeGreaterThanOrEqual(32);
  });
});
