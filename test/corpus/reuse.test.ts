import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSync } from 'node:fs';
import { link, lstat, mkdir, rename, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus, RACY_WINDOW_MS } from '../../src/corpus/load.js';
import type { FileStamp, FolderCorpus as Corpus } from '../../src/corpus/stamps.js';
import { tempCorpus } from '../helpers/corpus.js';

// The loader opens every file it reads with openSync; spying on it shows which articles a load really read.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, openSync: vi.fn(fs.openSync) };
});

const FERRY = 'Ferry timetable changes\n\nThe island ferry will sail twice a day from June, the port authority said.\n';
const LIBRARY = 'Library reopens\n\nThe town library reopened on Saturday after a two-year renovation.\n';
const ORCHARD = 'Orchard harvest early\n\nApple growers began picking three weeks early after a warm spring.\n';

/** A whole second long ago: utimes can restore it exactly, so an edit can leave mtime untouched. */
const LONG_AGO = new Date('2023-06-01T08:00:00Z');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function corpusOf(files: Record<string, string>): Promise<string> {
  const c = await tempCorpus(files);
  cleanups.push(c.cleanup);
  for (const name of Object.keys(files)) await utimes(path.join(c.dir, name), LONG_AGO, LONG_AGO);
  return c.dir;
}

/** Runs a load and names the files it read (opened for their bytes), sorted. */
async function reading(load: () => Promise<Corpus>): Promise<{ corpus: Corpus; read: string[] }> {
  const spy = vi.mocked(openSync);
  spy.mockClear();
  const corpus = await load();
  const opened = spy.mock.calls.map(([file]) => path.basename(String(file)));
  // Sidecars (`<id>.json`) are opened too; the question here is which articles were read.
  return { corpus, read: opened.filter((name) => !name.endsWith('.json')).sort() };
}

/**
 * The same previous load, as if it had started long after every change the test has made so far.
 * Files written by a test are seconds old at most (their ctime cannot be set back), so without
 * this every one of them would fall in the racy window and be read again; with it, only stamps
 * decide. The racy window has its own tests below, against exact stat times.
 */
function outsideRacyWindow(previous: Corpus): Corpus {
  return startedAt(previous, Date.now() + RACY_WINDOW_MS + 1000);
}

function startedAt(previous: Corpus, at: number): Corpus {
  if (!previous.scan) throw new Error('loadCorpus always records its scan');
  return { ...previous, scan: { ...previous.scan, startedAt: at } };
}

async function lastChange(file: string): Promise<number> {
  const st = await lstat(file);
  return Math.max(st.mtimeMs, st.ctimeMs);
}

function withoutScan(corpus: Corpus): Omit<Corpus, 'scan'> {
  return { dir: corpus.dir, articles: corpus.articles, warnings: corpus.warnings };
}

describe('loading again with the previous load of the same folder', () => {
  it('keeps the very same Article object for an unchanged file and does not read the file', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const first = await reading(() => loadCorpus(dir));
    expect(first.read).toEqual(['ferry.txt', 'library.txt']);

    const second = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first.corpus) }));
    expect(second.read).toEqual([]);
    expect(second.corpus.articles).toHaveLength(2);
    second.corpus.articles.forEach((article, i) => expect(article).toBe(first.corpus.articles[i]));
  });

  it('reads only the file whose content changed, and the result equals a full load', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const first = await loadCorpus(dir);
    await writeFile(path.join(dir, 'library.txt'), `${LIBRARY}\nThe mayor cut the ribbon.\n`);

    const { corpus, read } = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first) }));
    expect(read).toEqual(['library.txt']);
    expect(corpus.articles[0]).toBe(first.articles[0]);
    expect(corpus.articles[1].text).toContain('The mayor cut the ribbon.');
    expect(withoutScan(corpus)).toEqual(withoutScan(await loadCorpus(dir)));
  });

  it('catches an edit that kept the size and had its mtime set back, because ctime changed', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const file = path.join(dir, 'ferry.txt');
    const first = await loadCorpus(dir);
    const before = await lstat(file);

    await writeFile(file, FERRY.replace('twice', 'three'));
    await utimes(file, LONG_AGO, LONG_AGO);
    const after = await lstat(file);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);

    const { corpus, read } = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first) }));
    expect(read).toEqual(['ferry.txt']);
    expect(corpus.articles[0].text).toContain('three a day');
    expect(corpus.articles[1]).toBe(first.articles[1]);
  });

  it('keeps the previous Article object when a file is read again but found the same (a touched file)', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'ferry.json': JSON.stringify({ outlet: 'Harbour Gazette' }) });
    const first = await loadCorpus(dir);
    const touched = new Date(LONG_AGO.getTime() + 60_000);
    await utimes(path.join(dir, 'ferry.txt'), touched, touched);

    const { corpus, read } = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first) }));
    expect(read).toEqual(['ferry.txt']);
    expect(corpus.articles[0]).toBe(first.articles[0]);
    expect(corpus.scan?.stamps.get('ferry.txt')?.mtimeMs).toBe(touched.getTime());
  });

  it('reads a file added since and drops a file removed since', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const first = await loadCorpus(dir);
    await unlink(path.join(dir, 'ferry.txt'));
    await writeFile(path.join(dir, 'orchard.txt'), ORCHARD);

    const { corpus, read } = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first) }));
    expect(read).toEqual(['orchard.txt']);
    expect(corpus.articles.map((a) => a.id)).toEqual(['library', 'orchard']);
    expect(corpus.articles[0]).toBe(first.articles[1]);
    expect([...(corpus.scan?.stamps.keys() ?? [])]).toEqual(['library.txt', 'orchard.txt']);
  });

  it('reads an article again when its sidecar is added, edited or removed, though its text file did not change', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const sidecar = path.join(dir, 'ferry.json');
    const reload = async (previous: Corpus) => reading(() => loadCorpus(dir, { previous: outsideRacyWindow(previous) }));
    let previous = await loadCorpus(dir);

    await writeFile(sidecar, JSON.stringify({ title: 'Island ferry goes twice daily', outlet: 'Harbour Gazette' }));
    const added = await reload(previous);
    expect(added.read).toEqual(['ferry.txt']);
    expect(added.corpus.articles[0]).toMatchObject({ title: 'Island ferry goes twice daily', outlet: 'Harbour Gazette' });
    previous = added.corpus;

    await writeFile(sidecar, JSON.stringify({ title: 'Island ferry goes twice daily', outlet: 'Harbour Courier' }));
    const edited = await reload(previous);
    expect(edited.read).toEqual(['ferry.txt']);
    expect(edited.corpus.articles[0].outlet).toBe('Harbour Courier');
    previous = edited.corpus;

    const unchanged = await reload(previous);
    expect(unchanged.read).toEqual([]);
    expect(unchanged.corpus.articles[0]).toBe(previous.articles[0]);

    await unlink(sidecar);
    const removed = await reload(unchanged.corpus);
    expect(removed.read).toEqual(['ferry.txt']);
    expect(removed.corpus.articles[0]).toMatchObject({ title: 'Ferry timetable changes', outlet: null });
    expect(removed.corpus.articles[1]).toBe(previous.articles[1]);
  });

  it('examines again a file it skipped with a warning, whether or not it changed', async () => {
    const dir = await corpusOf({ 'blank.txt': '  \n', 'library.txt': LIBRARY });
    const first = await loadCorpus(dir);
    expect(first.warnings).toEqual([{ file: 'blank.txt', reason: 'empty file' }]);

    const again = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(first) }));
    expect(again.read).toEqual(['blank.txt']);
    expect(again.corpus.warnings).toEqual(first.warnings);

    await writeFile(path.join(dir, 'blank.txt'), ORCHARD);
    const filled = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(again.corpus) }));
    expect(filled.read).toEqual(['blank.txt']);
    expect(filled.corpus.warnings).toEqual([]);
    expect(filled.corpus.articles.map((a) => a.id)).toEqual(['blank', 'library']);
  });

  it('examines a file replaced by a symbolic link or by a folder', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY, 'orchard.txt': ORCHARD });
    const first = await loadCorpus(dir);
    await rename(path.join(dir, 'ferry.txt'), path.join(dir, 'ferry-original.txt'));
    await symlink(path.join(dir, 'orchard.txt'), path.join(dir, 'ferry.txt'));
    await unlink(path.join(dir, 'library.txt'));
    await mkdir(path.join(dir, 'library.txt'));

    const corpus = await loadCorpus(dir, { previous: outsideRacyWindow(first) });
    expect(corpus.articles.find((a) => a.id === 'ferry')?.text).toBe(ORCHARD);
    expect(corpus.warnings).toEqual([{ file: 'library.txt', reason: 'not a regular file' }]);
    expect(withoutScan(corpus)).toEqual(withoutScan(await loadCorpus(dir)));
  });

  it('turns a kept article into a warning when the size limit is now lower than the file', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'library.txt': LIBRARY });
    const first = await loadCorpus(dir);
    const corpus = await loadCorpus(dir, { maxBytes: 80, previous: outsideRacyWindow(first) });
    expect(corpus.warnings.map((w) => w.file)).toEqual(['ferry.txt', 'library.txt']);
    expect(corpus.articles).toEqual([]);
  });

  it('uses nothing from a previous load of another folder, even a file hard-linked into both', async () => {
    const other = await corpusOf({ 'ferry.txt': FERRY });
    const dir = await corpusOf({ 'library.txt': LIBRARY });
    await link(path.join(other, 'ferry.txt'), path.join(dir, 'ferry.txt'));
    const elsewhere = await loadCorpus(other);

    const { read } = await reading(() => loadCorpus(dir, { previous: outsideRacyWindow(elsewhere) }));
    expect(read).toEqual(['ferry.txt', 'library.txt']);
  });

  it('keeps stamps in the corpus, not on the articles that are saved as JSON', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY, 'ferry.json': JSON.stringify({ outlet: 'Harbour Gazette' }) });
    const corpus = await loadCorpus(dir);
    expect(Object.keys(corpus.articles[0]).sort()).toEqual(['date', 'file', 'hash', 'id', 'outlet', 'paragraphs', 'text', 'title', 'url']);
    const stamp = corpus.scan?.stamps.get('ferry.txt');
    expect(stamp).toMatchObject({ size: FERRY.length, mtimeMs: LONG_AGO.getTime() });
    expect(stamp?.sidecar?.size).toBe(JSON.stringify({ outlet: 'Harbour Gazette' }).length);
  });
});

describe('the racy window', () => {
  it(`trusts an unchanged stamp only when the file last changed more than ${RACY_WINDOW_MS} ms before the previous load started`, async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY });
    const first = await loadCorpus(dir);
    const changed = await lastChange(path.join(dir, 'ferry.txt'));

    const soonAfter = await reading(() => loadCorpus(dir, { previous: startedAt(first, changed + RACY_WINDOW_MS - 1) }));
    expect(soonAfter.read).toEqual(['ferry.txt']);
    expect(soonAfter.corpus.articles[0]).toBe(first.articles[0]);

    const wellAfter = await reading(() => loadCorpus(dir, { previous: startedAt(first, changed + RACY_WINDOW_MS + 1) }));
    expect(wellAfter.read).toEqual([]);
    expect(wellAfter.corpus.articles[0]).toBe(first.articles[0]);
  });

  it('reads again a file written in the same clock tick as the previous scan, whose stamp therefore looks unchanged', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY });
    const file = path.join(dir, 'ferry.txt');
    const stale = await loadCorpus(dir);
    await writeFile(file, FERRY.replace('twice', 'three'));
    await utimes(file, LONG_AGO, LONG_AGO);
    // On a file system with coarse timestamps the previous scan could have stat'ed the file with
    // exactly today's stamp just before this write: that scan is what `previous` now describes.
    const current = (await loadCorpus(dir)).scan?.stamps.get('ferry.txt') as FileStamp;
    const racilyClean: Corpus = { ...stale, scan: { startedAt: (await lastChange(file)) + 1, stamps: new Map([['ferry.txt', current]]) } };

    const { corpus, read } = await reading(() => loadCorpus(dir, { previous: racilyClean }));
    expect(read).toEqual(['ferry.txt']);
    expect(corpus.articles[0].text).toContain('three a day');

    // The same stamp recorded by a scan clearly after the write is trusted: the window is all that guards this case.
    const trusted = await loadCorpus(dir, { previous: startedAt(racilyClean, racilyClean.scan!.startedAt + RACY_WINDOW_MS) });
    expect(trusted.articles[0]).toBe(stale.articles[0]);
  });

  it('counts a recent change to the sidecar as a recent change to its article', async () => {
    const dir = await corpusOf({ 'ferry.txt': FERRY });
    const textChanged = await lastChange(path.join(dir, 'ferry.txt'));
    // Waits (without guessing how long) until the sidecar is sure to get a later ctime than the text.
    while (Date.now() < textChanged + 50) await new Promise((resolve) => setTimeout(resolve, 10));
    await writeFile(path.join(dir, 'ferry.json'), JSON.stringify({ outlet: 'Harbour Gazette' }));
    const sidecarChanged = await lastChange(path.join(dir, 'ferry.json'));
    expect(sidecarChanged).toBeGreaterThan(textChanged + 1);
    const first = await loadCorpus(dir);

    const textOldSidecarRecent = startedAt(first, textChanged + RACY_WINDOW_MS + 1);
    const soonAfter = await reading(() => loadCorpus(dir, { previous: textOldSidecarRecent }));
    expect(soonAfter.read).toEqual(['ferry.txt']);
    const wellAfter = await reading(() => loadCorpus(dir, { previous: startedAt(first, sidecarChanged + RACY_WINDOW_MS + 1) }));
    expect(wellAfter.read).toEqual([]);
  });
});
