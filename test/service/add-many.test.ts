import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy, type ImportInput } from '../../src/corpus/import/index.js';
import { CoverageService } from '../../src/service/coverage.js';
import { simpleExtract } from '../e2e/corpus.js';
import { tempCorpus } from '../helpers/corpus.js';
import { PATHS, startNewsSite } from '../helpers/news-site.js';
import { startFeeds } from '../../src/service/feeds.js';

const HARBOUR = 'Harbour plan approved\nDate: 2024-03-01\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n';
const STORIES = {
  'ferry.txt': 'Night ferry returns\nDate: 2025-04-02\n\n"The island is connected again after dark," Oskar Lind said.\n',
  'orchard.txt': 'Orchard saved by volunteers\nDate: 2025-04-03\n\n"Every tree we grafted this spring took," Mirela Costa said.\n',
  'market.txt': 'Covered market reopens\nDate: 2025-04-04\n\n"The stalls were full by seven in the morning," Dana Whitfield said.\n',
};

const file = (name: string, text: string): ImportInput => ({ kind: 'file', name, bytes: new TextEncoder().encode(text) });
const policy = { ...defaultPolicy({}), allowPrivate: true };

let corpus: { dir: string; cleanup: () => Promise<void> };
let service: CoverageService;
/** Articles each extraction call received: one call per reindex that had anything to extract. */
let extractions: string[][];
let reindexes: number;

/** Extraction that throws on articles containing a marker word, as a bug in the extractor would. */
async function extract(articles: Parameters<typeof simpleExtract>[0]) {
  extractions.push(articles.map((a) => a.file));
  return (await simpleExtract(articles)).map((r) => {
    const a = articles.find((x) => x.id === r.articleId);
    return a?.text.includes('EXPLODE') ? { articleId: r.articleId, failed: 'extraction failed: the extractor broke' } : r;
  });
}

beforeEach(async () => {
  extractions = [];
  reindexes = 0;
  corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
  service = await CoverageService.open({
    seedsDir: corpus.dir,
    indexPath: null,
    extract,
    importPolicy: policy,
    log: (_level, msg) => {
      if (msg === 'reindex done') reindexes++;
    },
  });
  extractions = [];
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
});

describe('adding several sources at once', () => {
  it('writes every one, then reindexes once for all of them', async () => {
    const reports = await service.addMany(Object.entries(STORIES).map(([name, text]) => file(name, text)));
    expect(reports.map((r) => r.ok)).toEqual([true, true, true]);
    expect(reports.map((r) => r.ok && r.added.title)).toEqual(['Night ferry returns', 'Orchard saved by volunteers', 'Covered market reopens']);
    expect(reindexes).toBe(1);
    // Each new article extracted once (the progress counter hands them over one by one).
    expect(extractions.flat().sort()).toEqual(reports.map((r) => (r.ok ? `${r.added.id}.txt` : '')).sort());
    expect(service.whosaid('connected again after dark').answer).toBe('Oskar Lind');
    expect(service.whosaid('stalls were full by seven').answer).toBe('Dana Whitfield');
  });

  it('one at a time, the same three would reindex three times', async () => {
    for (const [name, text] of Object.entries(STORIES)) await service.add(file(name, text));
    expect(reindexes).toBe(3);
  });

  it('a refused source is reported in its place and the others still go in, with one reindex', async () => {
    const reports = await service.addMany([file('ferry.txt', STORIES['ferry.txt']), file('copy.txt', HARBOUR), file('market.txt', STORIES['market.txt'])]);
    expect(reports.map((r) => r.ok)).toEqual([true, false, true]);
    expect(reports[1]).toMatchObject({ ok: false, code: 'duplicate' });
    expect(reindexes).toBe(1);
    expect(service.index.data.articles).toHaveLength(3);
  });

  it('an article the new index lacks is taken out of the folder again; the rest stay indexed', async () => {
    const broken = 'Pier inspection\nDate: 2025-04-05\n\n"EXPLODE the old pier," Ivo Petrov said.\n';
    const reports = await service.addMany([file('ferry.txt', STORIES['ferry.txt']), file('pier.txt', broken)]);
    expect(reports[0]?.ok).toBe(true);
    expect(reports[1]).toMatchObject({ ok: false, code: 'not-indexed' });
    expect(!reports[1]?.ok && reports[1]?.refused).toContain('the extractor broke');
    const files = await readdir(corpus.dir);
    expect(files.some((f) => f.includes('pier'))).toBe(false);
    expect(files.some((f) => f.includes('night-ferry'))).toBe(true);
    // One reindex for both, one more from the restored folder.
    expect(reindexes).toBe(2);
    expect(service.index.data.warnings.some((w) => w.file.includes('pier'))).toBe(false);
    expect(service.whosaid('connected again after dark').answer).toBe('Oskar Lind');
  });

  it('nothing usable: no reindex at all', async () => {
    const reports = await service.addMany([file('copy.txt', HARBOUR)]);
    expect(reports).toMatchObject([{ ok: false, code: 'duplicate' }]);
    expect(reindexes).toBe(0);
  });
});

describe('a feed poll', () => {
  it('adds all of its new items with one reindex', async () => {
    const site = await startNewsSite();
    try {
      const polled = new Promise<Record<string, unknown>>((resolve) => {
        const poller = startFeeds({ feeds: [site.url(PATHS.rss)], feedIntervalMinutes: 60, seedsDir: corpus.dir }, service, (_level, msg, fields) => {
          if (msg === 'feed polled') void poller?.stop().then(() => resolve(fields ?? {}));
        });
      });
      const fields = await polled;
      expect(fields.added).toBeGreaterThanOrEqual(2);
      expect(service.index.data.articles.length).toBe(1 + Number(fields.added));
      expect(reindexes).toBe(1);
    } finally {
      await site.close();
    }
  });
});
