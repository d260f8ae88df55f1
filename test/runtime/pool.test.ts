import { afterEach, describe, expect, it } from 'vitest';
import { buildIndexData } from '../../src/index/build.js';
import { ExtractionPool } from '../../src/runtime/workers.js';
import { asArticle } from '../../bench/shapes.js';

const FAILING = new URL('./fixtures/failing-worker.ts', import.meta.url).href;
const TEXT = 'Harbour plan approved\n\n"We start on Monday," said Ana Ruiz, the port director.\n';

let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the extraction pool', () => {
  it('leaves out an article whose extraction throws, names it with the reason, and indexes the rest', async () => {
    pool = new ExtractionPool(1, FAILING);
    const data = await buildIndexData([asArticle('boom', TEXT), asArticle('fine', TEXT)], [], null, pool.extract);
    expect(data.articles.map((a) => a.id)).toEqual(['fine']);
    expect(data.warnings).toEqual([{ file: 'boom.txt', reason: 'extraction failed: the tagger fell over' }]);
  }, 30_000);

  it('survives a worker that dies: that article is skipped with the reason, the next ones still extract', async () => {
    pool = new ExtractionPool(1, FAILING);
    const data = await buildIndexData([asArticle('crash', TEXT), asArticle('after', TEXT)], [], null, pool.extract);
    expect(data.articles.map((a) => a.id)).toEqual(['after']);
    expect(data.warnings[0]).toMatchObject({ file: 'crash.txt', reason: expect.stringContaining('exit code 3') });
  }, 30_000);

  it('reuses its worker for the next batch', async () => {
    pool = new ExtractionPool(1);
    const first = await pool.extract([asArticle('a', TEXT)]);
    const again = await pool.extract([asArticle('b', TEXT)]);
    expect([...first, ...again].map((r) => r.articleId)).toEqual(['a', 'b']);
    expect(pool.workers).toBe(1);
  }, 30_000);
});
