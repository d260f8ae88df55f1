import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers/corpus.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { channelNews } from './channel-news.js';
import { ferryNews } from './ferry-news.js';
import { scopedSetup } from './scoped-setup.js';
import { embeddedOver } from './questions.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();
const { database, replica } = scopedSetup(cluster, { connect, defer });

describe('a scoped replica answering /quote past its cap', { timeout: 400_000 }, () => {
  it('ranks quotations by how much of the topic their whole article covers exactly as the embedded mode does', async () => {
    const corpus = await tempCorpus({ ...channelNews(12), ...ferryNews(12) });
    defer(corpus.cleanup);
    const url = await database(corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const r = await replica(url, corpus.dir, { candidates: 3, threads: 0 });
    const topic = ['channel dredging'];
    const want = embedded.answer('quote', topic);
    // In earnest: a harbour quotation, later in corpus order and covering the topic no more than a
    // television one, is listed before every television quotation because of its article.
    const ids = want.results.map((x) => x.source.id);
    const firstTv = ids.findIndex((id) => id.startsWith('channel-tv'));
    const firstHarbour = ids.findIndex((id) => id.startsWith('harbour'));
    expect(firstTv).toBeGreaterThan(firstHarbour);
    expect(firstHarbour).toBeGreaterThanOrEqual(0);
    expect(want.results[firstHarbour]?.score).toBe(want.results[firstTv]?.score);
    expect(await r.service.answerAsync('quote', topic)).toEqual(want);
    expect(r.answers.lastBatches).toBeGreaterThan(1);
    for (const other of [['the channel into the harbour'], ['dredging costs'], ['channel dredging', 'Celia Marsh']])
      expect(await r.service.answerAsync('quote', other), other.join(' | ')).toEqual(embedded.answer('quote', other));
  });
});
