import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { extractArticles, WORKER_THRESHOLD } from '../../src/runtime/workers.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/model/article.js';

describe('extraction on worker threads', () => {
  it('gives exactly what the main thread gives, in input order', async () => {
    const articles: Article[] = generateCorpus(5, WORKER_THRESHOLD + 3).map((a) => ({
      id: a.id,
      file: a.file,
      title: a.id,
      date: null,
      outlet: null,
      url: null,
      text: a.text,
      paragraphs: [],
      hash: a.id,
    }));
    const inWorkers = await extractArticles(articles, 2);
    expect(inWorkers.map((p) => p.articleId)).toEqual(articles.map((a) => a.id));
    expect(inWorkers).toEqual(articles.map(extractArticle));
  }, 120_000);
});
