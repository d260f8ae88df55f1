import { afterEach, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CoverageService } from '../../src/service/coverage.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { readSnapshot, writeSnapshot } from '../../src/index/snapshot.js';
import type { Article } from '../../src/model/article.js';
import type { ArticleExtraction } from '../../src/extract/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { tempCorpus } from '../helpers/corpus.js';
import { generateArticle, generateCorpus } from '../../bench/generate.js';
import { nonEmpty } from '../helpers/expect.js';

const HARBOUR = 'Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n';
const BRIDGE = 'Bridge reopens\n\nThe old bridge reopened to traffic after 14 months of repairs.\n';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(files: Record<string, string | Buffer> = { 'harbour.txt': HARBOUR }) {
  const c = await tempCorpus(files);
  cleanups.push(c.cleanup);
  const indexPath = path.join(path.dirname(c.dir), 'data', 'index.snapshot');
  return { dir: c.dir, indexPath };
}

describe('CoverageService', () => {
  it('builds an index on first start and saves a snapshot', async () => {
    const { dir, indexPath } = await setup();
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    expect(service.counts().articles).toBe(1);
    expect((await readFile(indexPath, 'utf8')).length).toBeGreaterThan(0);
  });

  it('reuses a snapshot that matches the corpus instead of extracting again', async () => {
    const { dir, indexPath } = await setup();
    await CoverageService.open({ seedsDir: dir, indexPath });
    let extracted = 0;
    const extract = async (list: Article[]): Promise<ArticleExtraction[]> => {
      extracted += list.length;
      return list.map(extractArticle);
    };
    await CoverageService.open({ seedsDir: dir, indexPath, extract });
    expect(extracted).toBe(0);
  });

  it('rebuilds and says so when the snapshot is corrupt', async () => {
    const { dir, indexPath } = await setup();
    await CoverageService.open({ seedsDir: dir, indexPath });
    await writeFile(indexPath, 'garbage');
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    expect(service.startNotice).toMatch(/damaged.*Rebuilding/);
    expect(service.counts().articles).toBe(1);
  });

  it('re-extracts only new or changed articles on reindex and reports the change', async () => {
    const { dir, indexPath } = await setup();
    let extracted: string[] = [];
    const extract = async (list: Article[]): Promise<ArticleExtraction[]> => {
      extracted.push(...list.map((a) => a.id));
      return list.map(extractArticle);
    };
    const service = await CoverageService.open({ seedsDir: dir, indexPath, extract });
    extracted = [];
    await writeFile(path.join(dir, 'bridge.txt'), BRIDGE);
    const report = await service.reindex();
    expect(extracted).toEqual(['bridge']);
    expect(report).toMatchObject({ ok: true, counts: { articles: 2 }, delta: { articles: 1, added: ['bridge'], removed: [], changed: [] } });
  });

  it('drops removed files on reindex', async () => {
    const { dir, indexPath } = await setup({ 'harbour.txt': HARBOUR, 'bridge.txt': BRIDGE });
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    await rm(path.join(dir, 'bridge.txt'));
    const report = await service.reindex();
    expect(report.delta.removed).toEqual(['bridge']);
    expect(service.sources().results.map((r) => r.source.id)).toEqual(['harbour']);
  });

  it('tells a second reindex that one is already running', async () => {
    const { dir } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const extract = async (list: Article[]): Promise<ArticleExtraction[]> => {
      if (calls++ > 0) await gate;
      return list.map(extractArticle);
    };
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null, extract });
    await writeFile(path.join(dir, 'bridge.txt'), BRIDGE);
    const first = service.reindex();
    const second = await service.reindex();
    expect(second).toMatchObject({ ok: false, busy: true });
    expect(service.reindexing).toBe(true);
    release();
    expect((await first).ok).toBe(true);
    expect(service.reindexing).toBe(false);
  });

  it('keeps answering from the previous index when the corpus becomes unreadable', async () => {
    const { dir } = await setup();
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null });
    const before = service.index;
    await writeFile(path.join(dir, 'harbour.txt'), Buffer.from([0, 1, 2]));
    const report = await service.reindex();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/No readable articles/);
    expect(report.warnings).toEqual([{ file: 'harbour.txt', reason: 'binary file (contains NUL bytes)' }]);
    expect(service.index).toBe(before);
    expect(service.sources().results).toHaveLength(1);
  });

  it('keeps the previous index and says why when extraction throws', async () => {
    const { dir } = await setup();
    let calls = 0;
    const extract = async (list: Article[]): Promise<ArticleExtraction[]> => {
      if (calls++ > 0) throw new Error('extractor crashed');
      return list.map(extractArticle);
    };
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null, extract });
    const before = service.index;
    await writeFile(path.join(dir, 'bridge.txt'), BRIDGE);
    const report = await service.reindex();
    expect(report).toMatchObject({ ok: false, error: 'extractor crashed' });
    expect(service.index).toBe(before);
  });

  it('reports an unwritable snapshot but still swaps in the new index', async () => {
    const { dir } = await setup();
    const blocker = path.join(await mkdtemp(path.join(tmpdir(), 'blk-')), 'file');
    cleanups.push(() => rm(path.dirname(blocker), { recursive: true, force: true }));
    await writeFile(blocker, 'not a folder');
    const service = await CoverageService.open({ seedsDir: dir, indexPath: path.join(blocker, 'index.snapshot') });
    await writeFile(path.join(dir, 'bridge.txt'), BRIDGE);
    const report = await service.reindex();
    expect(report.ok).toBe(true);
    expect(report.notice).toMatch(/Could not save the index snapshot/);
    expect(service.counts().articles).toBe(2);
  });
});

describe('a snapshot without current saved start-up work', () => {
  it('still opens, and is saved again with that work for a faster next start', async () => {
    const { dir, indexPath } = await setup({ 'harbour.txt': HARBOUR, 'bridge.txt': BRIDGE });
    await CoverageService.open({ seedsDir: dir, indexPath });
    const articles = (await loadCorpus(dir)).articles;
    const plain = (await readSnapshot(indexPath, articles))!;
    await writeSnapshot(indexPath, { ...plain, derived: undefined });
    expect((await readSnapshot(indexPath, articles))?.derived).toBeUndefined();
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    expect(service.counts().articles).toBe(2);
    await service.drain();
    expect((await readSnapshot(indexPath, articles))?.derived).toBeDefined();
  });
});

describe('an interrupted snapshot save', () => {
  it('is cleaned up at the next start and never read', async () => {
    const { dir, indexPath } = await setup();
    await CoverageService.open({ seedsDir: dir, indexPath });
    const leftover = `${indexPath}.4242.1700000000000.tmp`;
    await writeFile(leftover, 'half a snapshot');
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    expect(service.counts().articles).toBe(1);
    await expect(readFile(leftover)).rejects.toThrow(/ENOENT/);
  });
});

describe('a snapshot made by other extraction code', () => {
  it('is not reused: every article is extracted again and the operator is told why', async () => {
    const { dir, indexPath } = await setup({ 'harbour.txt': HARBOUR, 'bridge.txt': BRIDGE });
    await CoverageService.open({ seedsDir: dir, indexPath });
    const old = (await readSnapshot(indexPath, (await loadCorpus(dir)).articles))!;
    await writeSnapshot(indexPath, { ...old, extractor: 'an-older-extractor' });
    const extracted: string[] = [];
    const extract = async (list: Article[]): Promise<ArticleExtraction[]> => {
      extracted.push(...list.map((a) => a.id));
      return list.map(extractArticle);
    };
    const service = await CoverageService.open({ seedsDir: dir, indexPath, extract });
    expect(extracted.sort()).toEqual(['bridge', 'harbour']);
    expect(service.startNotice).toMatch(/extraction code changed/);
  });
});

// Three whole builds of 41 generated articles each: about 10 s on an idle machine, past 30 s on a
// loaded one, so the guard is wider than the suite's default (a guard, not a speed claim).
describe('an incremental reindex (one article added to a larger corpus)', { timeout: 120_000 }, () => {
  it('gives the same index as building the corpus from scratch, reusing the unchanged articles and records', async () => {
    const files = Object.fromEntries(generateCorpus(5, 40).map((g) => [g.file, g.text]));
    const { dir, indexPath } = await setup(files);
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    const before = service.index;
    const extra = generateArticle(5, 40);
    await writeFile(path.join(dir, extra.file), extra.text);
    expect((await service.reindex()).delta.added).toHaveLength(1);
    const after = service.index;
    const scratch = await CoverageService.open({ seedsDir: dir, indexPath: null });
    expect(after.extraction).toEqual(scratch.index.extraction);
    const kept = before.data.articles.filter((a) => after.data.articles.includes(a));
    expect(kept).toHaveLength(40);
    const reused = after.extraction.quotes.filter((q) => before.extraction.quotes.includes(q));
    expect(reused.length).toBeGreaterThan(after.extraction.quotes.length / 2);
    for (const q of nonEmpty(scratch.index.extraction.quotes.slice(0, 40))) {
      const words = q.text.split(' ').slice(0, 6).join(' ');
      expect(service.whosaid(words)).toEqual(scratch.whosaid(words));
    }
  });
});

describe('a service started from a snapshot', { timeout: 120_000 }, () => {
  it('makes its name families in the background, so that its first reindex merges only what changed, as a build from scratch would', async () => {
    const files = Object.fromEntries(generateCorpus(6, 40).map((g) => [g.file, g.text]));
    const { dir, indexPath } = await setup(files);
    await CoverageService.open({ seedsDir: dir, indexPath });
    const service = await CoverageService.open({ seedsDir: dir, indexPath });
    expect(service.index.families).toBeNull();
    expect(await service.settled()).toBe(true);
    const families = service.index.families;
    expect(families?.roots.size).toBeGreaterThan(0);
    const extra = generateArticle(6, 40);
    await writeFile(path.join(dir, extra.file), extra.text);
    expect((await service.reindex()).delta.added).toEqual([extra.file.replace(/\.txt$/, '')]);
    const scratch = await CoverageService.open({ seedsDir: dir, indexPath: null });
    expect(service.index.extraction).toEqual(scratch.index.extraction);
    expect(service.index.links).toEqual(scratch.index.links);
    // Families the new article did not touch are the previous ones, carried over.
    const kept = [...(service.index.families?.roots.values() ?? [])].filter((roots) => [...(families?.roots.values() ?? [])].includes(roots));
    expect(kept.length).toBeGreaterThan(0);
  });
});
