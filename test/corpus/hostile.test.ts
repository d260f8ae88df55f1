import { afterEach, describe, expect, it } from 'vitest';
import { writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { loadCorpus, loadArticle, DEFAULT_MAX_BYTES } from '../../src/corpus/load.js';
import { extractArticle } from '../../src/extract/index.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';

const GOOD = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function corpusOf(files: Record<string, string | Buffer>) {
  const c = await tempCorpus(files);
  cleanup = c.cleanup;
  return c.dir;
}

describe('hostile corpus files', () => {
  it('skips a 20 MB file by name and size while the others load', async () => {
    const dir = await corpusOf({ 'huge.txt': Buffer.alloc(20 * 1024 * 1024, 'a'), 'good.txt': GOOD });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.warnings).toEqual([{ file: 'huge.txt', reason: `too large (20.0 MB, limit ${DEFAULT_MAX_BYTES / 1024 / 1024}.0 MB)` }]);
  });

  it('extracts from a file with 10,000 quotation marks without throwing, every offset valid', async () => {
    const text = `Quote storm\n\n${'"a" '.repeat(5000)}\n\n${GOOD.split('\n\n')[1]}`;
    const dir = await corpusOf({ 'storm.txt': text });
    const [article] = (await loadCorpus(dir)).articles;
    const { quotes } = extractArticle(article);
    expect(quotes.map((q) => [q.text, q.speaker])).toContainEqual(['We will rebuild the harbour before winter', 'Ana Ruiz']);
    for (const q of nonEmpty(quotes)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('extracts from unbalanced quotation marks without throwing', async () => {
    const text =
      'Council vote\n\n"We will vote today, the chair said.\n\nThe vote passed" 5 to 2. She said "yes and then\n\n"The budget is fair to every ward," Councillor Ellen Marsh said.\n';
    const dir = await corpusOf({ 'open.txt': text });
    const [article] = (await loadCorpus(dir)).articles;
    const { quotes } = extractArticle(article);
    expect(quotes.map((q) => [q.text, q.speaker])).toContainEqual(['The budget is fair to every ward', 'Ellen Marsh']);
    for (const q of nonEmpty(quotes)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps CRLF files as read, with offsets into the CRLF text', async () => {
    const text = 'Harbour plan approved\r\n\r\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\r\n';
    const dir = await corpusOf({ 'crlf.txt': text });
    const [article] = (await loadCorpus(dir)).articles;
    expect(article.text).toBe(text);
    const { quotes } = extractArticle(article);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We will rebuild the harbour before winter', 'Ana Ruiz']]);
    for (const q of nonEmpty(quotes)) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.passage.start, q.passage.end)).toBe(q.passage.text);
    }
  });

  it('skips a file swapped for a FIFO after it was listed, without waiting for a writer', async () => {
    const dir = await corpusOf({ 'good.txt': GOOD });
    const listed = lstatSync(path.join(dir, 'good.txt'));
    await unlink(path.join(dir, 'good.txt'));
    execFileSync('mkfifo', [path.join(dir, 'good.txt')]);
    expect(await loadArticle(dir, 'good.txt', DEFAULT_MAX_BYTES, undefined, listed)).toEqual({ file: 'good.txt', reason: 'not a regular file' });
  }, 5000);

  it('names a file that disappeared between listing and reading', async () => {
    const dir = await corpusOf({ 'good.txt': GOOD });
    expect(await loadArticle(dir, 'vanished.txt', DEFAULT_MAX_BYTES)).toEqual({ file: 'vanished.txt', reason: 'cannot be read (ENOENT)' });
  });

  it('picks up a file that changed after the last index as changed on the next reindex', async () => {
    const dir = await corpusOf({ 'good.txt': GOOD });
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null });
    await writeFile(path.join(dir, 'good.txt'), `${GOOD}\nA correction was appended.\n`);
    const report = await service.reindex();
    expect(report.delta.changed).toEqual(['good']);
  });

  it('drops a file deleted since the last index and keeps answering from the rest', async () => {
    const dir = await corpusOf({ 'good.txt': GOOD, 'other.txt': 'Tide report\n\nThe tide rose by 2 metres.\n' });
    const service = await CoverageService.open({ seedsDir: dir, indexPath: null });
    await unlink(path.join(dir, 'other.txt'));
    const report = await service.reindex();
    expect(report.ok).toBe(true);
    expect(report.delta.removed).toEqual(['other']);
  });
});
