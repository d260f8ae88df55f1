import { extractorFingerprint } from '../../src/index/fingerprint.js';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate.js';
import { truthParts } from '../../bench/truth.js';
import { buildIndexData, indexData, openIndex, partsWithFacts, INDEX_FORMAT, type IndexData } from '../../src/index/build.js';
import { readSnapshot, writeSnapshot } from '../../src/index/snapshot.js';
import type { ArticleExtraction } from '../../src/extract/index.js';
import type { Article } from '../../src/model/article.js';

const generated = generateCorpus(99, 40);
const articles: Article[] = generated.map((a) => ({
  id: a.id,
  file: a.file,
  title: a.id,
  date: null,
  outlet: null,
  url: null,
  text: a.text,
  paragraphs: [{ text: a.text.slice(0, 10), start: 0, end: 10 }],
  hash: `h-${a.id}`,
}));
const parts = truthParts(generated, new Map(articles.map((a) => [a.id, a.hash])));
const byId = new Map(parts.map((p) => [p.articleId, p]));

/** Stands in for the extractor and records which articles it was asked to do. */
function recorder(): { calls: string[]; extract: (list: Article[]) => Promise<ArticleExtraction[]> } {
  const calls: string[] = [];
  return { calls, extract: async (list) => list.map((a) => (calls.push(a.id), { ...(byId.get(a.id) as ArticleExtraction), hash: a.hash })) };
}

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('incremental index data', () => {
  it('re-extracts only new or changed articles and drops removed ones', async () => {
    const first = recorder();
    const data = await buildIndexData(articles.slice(0, 30), [], null, first.extract);
    expect(first.calls).toHaveLength(30);
    const next = recorder();
    const changed = { ...articles[3], hash: 'changed' };
    const now = [...articles.slice(0, 3), changed, ...articles.slice(5, 31)];
    const again = await buildIndexData(now, [], data, next.extract);
    expect(next.calls).toEqual([articles[3].id, articles[30].id]);
    expect(again.parts.map((p) => p.articleId)).toEqual(now.map((a) => a.id));
    expect(again.parts.find((p) => p.articleId === articles[4].id)).toBeUndefined();
  });
});

describe('snapshot of a realistic index', () => {
  it('round-trips and the reopened index answers exactly as before', async () => {
    const data: IndexData = indexData({
      format: INDEX_FORMAT,
      builtAt: '2024-05-01T00:00:00.000Z',
      corpusHash: 'x',
      extractor: extractorFingerprint(),
      articles,
      parts,
      warnings: [],
    });
    dir = await mkdtemp(path.join(tmpdir(), 'snap-'));
    const file = path.join(dir, 'index.snapshot');
    await writeSnapshot(file, data);
    const back = await readSnapshot(file, articles);
    expect(back && { ...back, facts: back.facts.all(), parts: partsWithFacts(back) }).toEqual({
      ...data,
      facts: data.facts.all(),
      parts: partsWithFacts(data),
    });
    const before = openIndex(data);
    const after = openIndex(back as IndexData);
    const sample = generated[7].quotes[0].text.split(' ').slice(1, 7).join(' ');
    expect(after.search.findQuotes({ text: sample, mode: 'phrase' })).toEqual(before.search.findQuotes({ text: sample, mode: 'phrase' }));
    expect(after.search.findFacts(['countries'])).toEqual(before.search.findFacts(['countries']));
  });
});
