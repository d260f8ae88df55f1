import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/article.js';
import type { CorpusSource } from '../../src/corpus/source.js';
import { defaultPolicy, type ImportInput } from '../../src/corpus/import/index.js';
import { CoverageService } from '../../src/service/coverage.js';
import type { AddProgress } from '../../src/service/library.js';
import { simpleExtract } from '../e2e/corpus.js';
import { tempCorpus } from '../helpers/corpus.js';

const HARBOUR = 'Harbour plan approved\nDate: 2024-03-01\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n';
const LIGHTHOUSE = `Lighthouse keeper retires after forty years
Date: 2025-02-11

The last keeper of the Skerry Point lighthouse handed over the keys on Tuesday.

"I never missed a single night of the lamp," Edda Halvorsen said.
`;

const file = (name: string, text: string): ImportInput => ({ kind: 'file', name, bytes: new TextEncoder().encode(text) });
const policy = { ...defaultPolicy({}), allowPrivate: true };

/** Extraction that throws on articles containing a marker word, as a bug in the extractor would. */
const failOn = (marker: string) => async (articles: Parameters<typeof simpleExtract>[0]) =>
  (await simpleExtract(articles)).map((r) => {
    const a = articles.find((x) => x.id === r.articleId);
    return a?.text.includes(marker) ? { articleId: r.articleId, failed: 'extraction failed: the extractor broke' } : r;
  });

let corpus: { dir: string; cleanup: () => Promise<void> };
let service: CoverageService;
beforeEach(async () => {
  corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
  service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: failOn('EXPLODE'), importPolicy: policy });
});
afterEach(async () => {
  await service.close();
  await corpus.cleanup();
});

describe('adding an article to a folder-backed service', () => {
  it('writes it into the folder, reindexes, reports what was found, and answers from it', async () => {
    const steps: AddProgress['step'][] = [];
    const report = await service.add(file('lighthouse.txt', LIGHTHOUSE), (p) => steps.push(p.step));
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.added).toMatchObject({ title: 'Lighthouse keeper retires after forty years', date: '2025-02-11', quotes: 1, facts: 0, status: 'added' });
    expect(report.added.id).toBe('2025-02-11-lighthouse-keeper-retires-after-forty-years');
    expect(steps).toEqual(['fetching', 'fetched', 'written', 'extracting', 'extracting', 'indexed']);
    expect(service.whosaid('never missed a single night').answer).toBe('Edda Halvorsen');
    expect((await readdir(corpus.dir)).sort()).toEqual(['harbour.txt', `${report.added.id}.json`, `${report.added.id}.txt`].sort());
  });

  it('a fresh start over the folder rebuilds the same articles', async () => {
    const report = await service.add(file('lighthouse.txt', LIGHTHOUSE));
    const again = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: simpleExtract });
    expect(again.index.data.articles.map((a) => [a.id, a.title, a.date])).toEqual(service.index.data.articles.map((a) => [a.id, a.title, a.date]));
    expect(report.ok && again.whosaid('never missed a single night').answer).toBe('Edda Halvorsen');
    await again.close();
  });

  it('refuses the same story twice, naming the article it already is', async () => {
    const first = await service.add(file('lighthouse.txt', LIGHTHOUSE));
    const second = await service.add(file('copy.md', LIGHTHOUSE));
    expect(second).toMatchObject({ ok: false, code: 'duplicate' });
    expect(!second.ok && second.refused).toBe(`This story is already in the corpus as ${first.ok && first.added.id}.`);
  });

  it('a refused source changes nothing: the same index answers and the folder is as it was', async () => {
    const before = service.index;
    const report = await service.add({ kind: 'url', url: 'ftp://files.example/story.txt' });
    expect(report.ok).toBe(false);
    expect(!report.ok && report.refused.length).toBeGreaterThan(10);
    expect(service.index).toBe(before);
    expect(await readdir(corpus.dir)).toEqual(['harbour.txt']);
  });

  it('says so when the corpus folder is gone, and the index keeps answering', async () => {
    const { rm } = await import('node:fs/promises');
    await rm(corpus.dir, { recursive: true });
    const report = await service.add(file('lighthouse.txt', LIGHTHOUSE));
    expect(report).toMatchObject({ ok: false, code: 'library', refused: expect.stringMatching(/does not exist or cannot be read/) });
    expect(await service.remove('harbour')).toMatchObject({ ok: false, code: 'library' });
    expect(service.whosaid('rebuild the harbour').answer).toBe('Ana Ruiz');
  });

  it('an article whose extraction fails is taken out again, and the previous articles still answer', async () => {
    const report = await service.add(file('bad.txt', `${LIGHTHOUSE}\nEXPLODE\n`));
    expect(report).toMatchObject({ ok: false, code: 'not-indexed' });
    expect(!report.ok && report.refused).toMatch(/could not be indexed: extraction failed: the extractor broke\. The corpus is unchanged\./);
    expect(await readdir(corpus.dir)).toEqual(['harbour.txt']);
    expect(service.index.data.articles.map((a) => a.id)).toEqual(['harbour']);
    expect(service.whosaid('rebuild the harbour').answer).toBe('Ana Ruiz');
  });
});

describe('answering while an article is added', () => {
  it('the previous index answers until the new one is live', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = await CoverageService.open({
      seedsDir: corpus.dir,
      indexPath: null,
      importPolicy: policy,
      extract: async (articles) => {
        if (articles.some((a) => a.text.includes('Edda'))) await gate;
        return simpleExtract(articles);
      },
    });
    const before = gated.index;
    let written!: () => void;
    const extracting = new Promise<void>((resolve) => (written = resolve));
    const adding = gated.add(file('lighthouse.txt', LIGHTHOUSE), (p) => p.step === 'written' && written());
    await extracting;
    // Written to the folder, not yet indexed: the old index answers, and does not know the new article.
    expect(gated.index).toBe(before);
    expect(gated.whosaid('rebuild the harbour').answer).toBe('Ana Ruiz');
    expect(gated.whosaid('never missed a single night').found).toBe(false);
    release();
    expect(await adding).toMatchObject({ ok: true });
    expect(gated.whosaid('never missed a single night').answer).toBe('Edda Halvorsen');
    await gated.close();
  });
});

describe('removing an article', () => {
  it('deletes its files and reindexes without it', async () => {
    const added = await service.add(file('lighthouse.txt', LIGHTHOUSE));
    const id = added.ok ? added.added.id : '';
    const report = await service.remove(id);
    expect(report).toMatchObject({ ok: true, removed: { id, title: 'Lighthouse keeper retires after forty years' } });
    expect(await readdir(corpus.dir)).toEqual(['harbour.txt']);
    expect(service.whosaid('never missed a single night').found).toBe(false);
  });

  it('refuses an unknown id and changes nothing', async () => {
    const before = service.index;
    expect(await service.remove('no-such-article')).toMatchObject({ ok: false, code: 'not-found' });
    expect(service.index).toBe(before);
  });

  it('suggests indexed articles by id or title', () => {
    expect(service.suggestArticles('harb')).toEqual([{ name: 'Harbour plan approved (harbour)', value: 'harbour' }]);
    expect(service.suggestArticles('nothing like it')).toEqual([]);
  });
});

describe('reindex progress', () => {
  it('counts articles as they are extracted', async () => {
    const seen: Array<[number, number]> = [];
    await service.add(file('lighthouse.txt', LIGHTHOUSE));
    const report = await service.reindex((done, total) => seen.push([done, total]));
    expect(report.ok).toBe(true);
    // Nothing changed: nothing to extract, and the count says so.
    expect(seen).toEqual([[0, 0]]);
  });
});

describe('a service whose articles do not come from a folder', () => {
  it('refuses to add or remove, saying why', async () => {
    const memory: CorpusSource = { load: async (): Promise<Corpus> => ({ dir: 'memory', articles: service.index.data.articles, warnings: [] }) };
    const other = await CoverageService.open({ source: memory, indexPath: null, extract: simpleExtract });
    expect(await other.add(file('lighthouse.txt', LIGHTHOUSE))).toMatchObject({ ok: false, code: 'not-a-folder' });
    expect(await other.remove('harbour')).toMatchObject({ ok: false, code: 'not-a-folder' });
    await other.close();
  });
});
