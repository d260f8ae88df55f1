import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers/corpus.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { reliefNews } from './relief-news.js';
import { scopedSetup } from './scoped-setup.js';
import { embeddedOver } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();
const { database, replica } = scopedSetup(cluster, { connect, defer });

describe('a scoped replica past its cap, where many quotations weigh the same', { timeout: 600_000 }, () => {
  it('answers /whosaid and quotation autocomplete exactly as the embedded mode when equal weights fill the first cut', async () => {
    const corpus = await tempCorpus(reliefNews(140));
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    // One batch holds more equally weighted quotations, in as many articles, than a search keeps.
    const r = await replica(url, corpus.dir, { candidates: 125 });
    const tied = embedded.index.extraction.quotes.filter((q) => /moved everyone we could/.test(q.text));
    expect(tied.length).toBeGreaterThanOrEqual(140);
    for (const text of ['sandbags and moved everyone we could by the church hall', 'moved everyone we could', 'filled the sandbags before the bridge closed']) {
      expect.soft(await r.service.answerAsync('whosaid', [text]), `whosaid ${text}`).toEqual(embedded.answer('whosaid', [text]));
    }
    for (const typed of ['sandbags and moved everyone we could by the chu', 'moved everyone we co', 'filled the sandb', 'everyone we could on the high ro']) {
      expect.soft(await r.service.suggestAsync('quotes', typed), `autocomplete ${typed}`).toEqual(await embedded.suggestAsync('quotes', typed));
    }
  });
});
