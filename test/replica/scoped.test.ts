import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/source.js';
import type { QueryName } from '../../src/answer/commands.js';
import { ScopedReplica, UnlinkedVersion } from '../../src/replica/scoped.js';
import { extractorFingerprint } from '../../src/index/fingerprint.js';
import { extractArticle } from '../../src/extract/index.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { startWorker } from '../../src/queue/worker.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { LOCAL_NEWS } from './local-news.js';
import { embeddedOver, questionsFrom } from './questions.js';

const cluster = usePostgres();

const { connect, defer } = useConnections();

async function scoped(url: string, dir: string, cacheArticles = 100): Promise<ScopedReplica> {
  const worker = await connect(url);
  await startWorker({ ...worker, pollSeconds: 0.5 });
  const c = await connect(url);
  const r = await ScopedReplica.open({ ...c, source: new FolderSource(dir), pollMs: 60_000, reindexTimeoutMs: 60_000, cacheArticles });
  defer(() => r.close());
  return r;
}

describe('a scoped replica (reads per question only the articles it needs)', { timeout: 180_000 }, () => {
  it('answers every question the same as the embedded mode on the same corpus, reading fewer articles than the corpus holds', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const r = await scoped(await cluster.database(), corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const questions = nonEmpty(questionsFrom(embedded), 'questions made from the corpus');
    for (const command of ['whosaid', 'quote', 'ask', 'speaker', 'speakers', 'timeline', 'sources'] as const)
      expect(
        questions.some(([name]) => name === command),
        command,
      ).toBe(true);
    let found = 0;
    const scopes: number[] = [];
    for (const [name, args] of questions) {
      const want = embedded.answer(name, args);
      expect(await r.service.answerAsync(name, args), `${name} ${args.join(' | ')}`).toEqual(want);
      if (name !== 'sources') scopes.push(r.answers.lastScope);
      if (want.found) found++;
    }
    // Equal "not found" answers alone would prove little.
    expect(found).toBeGreaterThan(questions.length / 2);
    expect(r.service.counts()).toEqual(embedded.counts());
    // Scoped in earnest: most questions were answered over part of the corpus.
    const articles = embedded.counts().articles;
    expect(scopes.filter((n) => n < articles).length).toBeGreaterThan(scopes.length / 2);
  });

  it('gives the same "Show context" paragraphs and autocomplete choices as the embedded mode', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const r = await scoped(await cluster.database(), corpus.dir);
    const embedded = await embeddedOver(corpus.dir, defer);
    const { quotes, entities } = embedded.index.extraction;
    const records = nonEmpty([...quotes.slice(0, 4), ...embedded.index.facts.all().slice(0, 4)], 'records');
    for (const { id } of records) expect(await r.service.contextAsync(id), id).toEqual(embedded.context(id));
    expect(await r.service.contextAsync('no-such-article:q1')).toBeNull();
    // The articles just read title an "Also in" list as the whole index would.
    for (const { articleId } of records) expect(r.service.articleRef(articleId), articleId).toEqual(embedded.articleRef(articleId));
    const typed = nonEmpty([...quotes.slice(0, 3).map((q) => q.text.split(/\s+/).slice(0, 3).join(' ')), 'bearin'], 'prefixes');
    for (const prefix of typed) expect(await r.service.suggestAsync('quotes', prefix), prefix).toEqual(embedded.suggestQuotes(prefix));
    const names = nonEmpty([...entities.slice(0, 4).map((e) => e.name.slice(0, 5)), ''], 'names');
    for (const prefix of names) expect(await r.service.suggestAsync('speakers', prefix), prefix).toEqual(embedded.suggestSpeakers(prefix));
    for (const prefix of ['', 'bridge', 'LIBR']) expect(await r.service.suggestAsync('articles', prefix), prefix).toEqual(embedded.suggestArticles(prefix));
    expect((await r.service.suggestAsync('speakers', '')).length).toBeGreaterThan(0);
  });

  it('refuses, saying what to do, a version completed by workers that did not store what it reads', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const url = await cluster.database();
    const c = await connect(url);
    const articles = (await new FolderSource(corpus.dir).load()).articles;
    const extractor = extractorFingerprint();
    const { version } = await c.store.beginVersion(articles, [], extractor);
    for (const article of articles) {
      await c.store.saveExtraction(extractArticle(article), extractor, 'an older worker', article.text);
      await c.store.settleArticle(version, article.id);
    }
    // Completed as a worker before the scoped reads did: speakers and counts only.
    await c.store.completeVersion(version, [], { articles: articles.length, quotes: 0, facts: 0, speakers: 0, failed: 0 });
    const opening = ScopedReplica.open({ ...c, source: new FolderSource(corpus.dir), pollMs: 60_000 });
    await expect(opening).rejects.toBeInstanceOf(UnlinkedVersion);
    await expect(opening).rejects.toThrow(/run \/reindex once with the current workers, or set REPLICA_INDEX=full/);
  });

  it('sees a new version after an article is added, and answers from it', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const url = await cluster.database();
    const r = await scoped(url, corpus.dir);
    const before = r.version;
    await writeFile(
      path.join(corpus.dir, 'orchard.txt'),
      `Orchard reopens after the frost\nDate: 2025-04-14\n\nThe hillside orchard reopened to pickers on Monday after a late frost.\n\n"We lost the blossom on the lower rows but the upper rows came through," said Petra Lindqvist, who owns the orchard.\n`,
    );
    const c = await connect(url);
    const job = await enqueueReindex(c.store, c.boss, new FolderSource(corpus.dir));
    await waitForVersion(c.store, job.version, 60_000);
    const deadline = Date.now() + 15_000;
    while (r.version === before && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(r.version).toBeGreaterThan(before);
    const embedded = await embeddedOver(corpus.dir, defer);
    const question = 'lost the blossom on the lower rows';
    const answer = await r.service.answerAsync('whosaid', [question]);
    expect(answer.found).toBe(true);
    expect(answer.results[0]?.source.id).toBe('orchard');
    expect(answer).toEqual(embedded.answer('whosaid', [question]));
    expect(r.service.counts()).toEqual(embedded.counts());
  });

  it('never keeps more articles than its cache bound, however many questions read', async () => {
    const corpus = await seedCorpus(LOCAL_NEWS);
    defer(corpus.cleanup);
    const bound = 2;
    const r = await scoped(await cluster.database(), corpus.dir, bound);
    const embedded = await embeddedOver(corpus.dir, defer);
    const questions = nonEmpty(
      questionsFrom(embedded).filter(([name]) => name !== 'sources'),
      'questions',
    );
    for (const [name, args] of [...questions, ...questions]) {
      await r.service.answerAsync(name, args);
      expect(r.cache.size).toBeLessThanOrEqual(bound);
    }
    // The bound was tested: the questions read more distinct articles than it holds.
    expect(r.cache.misses).toBeGreaterThan(bound * 3);
    expect(embedded.counts().articles).toBeGreaterThan(bound);
  });
});
