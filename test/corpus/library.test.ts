import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusLibrary, DuplicateStory, LibraryError, articleId, textFingerprint, urlKey } from '../../src/corpus/library.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { ImportedArticle } from '../../src/corpus/import/types.js';
import { tempCorpus } from '../helpers/corpus.js';

const FERRY: ImportedArticle = {
  title: 'Ferry service to Lindholm resumes after winter',
  outlet: 'The Coastal Courier',
  date: '2025-03-04',
  url: 'https://courier.example/news/ferry-resumes',
  author: 'Mira Olsen',
  text: 'The ferry to Lindholm sailed again on Monday.\n\n"We kept the crew on all winter," said harbour master Jonas Berg.',
  warnings: [],
};

let corpus: { dir: string; cleanup: () => Promise<void> };
let library: CorpusLibrary;
beforeEach(async () => {
  corpus = await tempCorpus({ 'existing.txt': 'Council meets\n\nThe council met on Tuesday to discuss the budget.\n' });
  library = new CorpusLibrary(corpus.dir);
});
afterEach(async () => {
  await corpus.cleanup();
});

const files = async () => (await readdir(corpus.dir)).sort();

describe('article ids', () => {
  it('read as outlet, date and title, in ASCII', () => {
    expect(articleId(FERRY)).toBe('the-coastal-courier-2025-03-04-ferry-service-to-lindholm-resumes-after-winter');
    expect(articleId({ title: 'Café owners say «no» to the new tax', outlet: 'Nordic Post', date: undefined })).toBe(
      'nordic-post-cafe-owners-say-no-to-the-new-tax',
    );
  });

  it('stay within 80 characters, cut between words', () => {
    const id = articleId({ ...FERRY, title: 'A very long headline about the harbour works that goes on and on about cranes and quays and tides' });
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).not.toMatch(/-$/);
    expect(id.startsWith('the-coastal-courier-2025-03-04-a-very-long-headline')).toBe(true);
  });

  it('fall back to "article" when nothing in the title is a letter or a digit', () => {
    expect(articleId({ title: '—', outlet: undefined, date: undefined })).toBe('article');
  });

  it('are the same for the same article, and another gets a suffix rather than overwriting', async () => {
    const first = await library.write(FERRY);
    const second = await library.write({ ...FERRY, url: 'https://other.example/ferry', text: 'A different report on the ferry, with other words.' });
    expect(second.id).toBe(`${first.id}-2`);
    expect(second.status).toBe('added');
  });
});

describe('writing an article', () => {
  it('writes the text and a sidecar the loader reads back, with the same metadata', async () => {
    const written = await library.write(FERRY);
    expect(written.status).toBe('added');
    expect(await files()).toEqual(['existing.txt', `${written.id}.json`, `${written.id}.txt`].sort());
    const sidecar = JSON.parse(await readFile(path.join(corpus.dir, `${written.id}.json`), 'utf8'));
    expect(sidecar).toEqual({ title: FERRY.title, outlet: FERRY.outlet, date: FERRY.date, url: FERRY.url, author: FERRY.author });
    const loaded = (await loadCorpus(corpus.dir)).articles.find((a) => a.id === written.id)!;
    expect(loaded).toMatchObject({ title: FERRY.title, outlet: FERRY.outlet, date: FERRY.date, url: FERRY.url });
    expect(loaded.text.trim()).toBe(FERRY.text);
  });

  it('leaves no temporary file behind, and a stale one from a crashed write is cleared', async () => {
    const stale = path.join(corpus.dir, '.crashed.txt.0123456789ab.tmp');
    await writeFile(stale, 'half a');
    const { utimes } = await import('node:fs/promises');
    await utimes(stale, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    await library.write(FERRY);
    expect((await files()).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('never lets a load see the text without its sidecar while writing', async () => {
    // Loads run back to back while articles are written; every article seen has its sidecar title.
    let writing = true;
    const seen: string[] = [];
    const loads = (async () => {
      while (writing) {
        const c = await loadCorpus(corpus.dir);
        for (const a of c.articles) if (a.id !== 'existing') seen.push(a.title);
      }
    })();
    for (let i = 0; i < 20; i++)
      await library.write({ ...FERRY, title: `Ferry timetable ${i}`, url: `https://courier.example/t/${i}`, text: `Sailing ${i} leaves at nine.` });
    writing = false;
    await loads;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => !/^Ferry timetable \d+$/.test(t))).toEqual([]);
  });

  it('updates the article with the same URL instead of adding another', async () => {
    const first = await library.write(FERRY);
    const again = await library.write({
      ...FERRY,
      url: `${FERRY.url}/?utm_source=feed#top`,
      title: 'Ferry to Lindholm is back',
      text: `${FERRY.text}\n\nUpdated with the timetable.`,
    });
    expect(again).toMatchObject({ id: first.id, status: 'updated' });
    expect((await files()).filter((n) => n.endsWith('.txt'))).toHaveLength(2);
    const loaded = (await loadCorpus(corpus.dir)).articles.find((a) => a.id === first.id)!;
    expect(loaded.title).toBe('Ferry to Lindholm is back');
  });

  it('says "unchanged" when the same URL brings the same article', async () => {
    await library.write(FERRY);
    expect((await library.write(FERRY)).status).toBe('unchanged');
  });

  it('recognises the same story text from another URL, whatever its punctuation and case', async () => {
    const first = await library.write(FERRY);
    const copy = { ...FERRY, url: 'https://mirror.example/ferry', text: FERRY.text.toUpperCase().replace(/"/g, '“') };
    const err = await library.write(copy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateStory);
    expect((err as Error).message).toBe(`This story is already in the corpus as ${first.id} (from ${FERRY.url}).`);
    expect((await files()).filter((n) => n.endsWith('.txt'))).toHaveLength(2);
  });

  it('recognises a story already copied into the folder by hand', async () => {
    const err = await library.write({ ...FERRY, text: 'Council meets\n\nThe council met on Tuesday to discuss the budget.' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/already in the corpus as existing\.$/);
  });

  it('refuses an empty or an oversized text, writing nothing', async () => {
    await expect(library.write({ ...FERRY, text: '  \n ' })).rejects.toThrow(LibraryError);
    const small = new CorpusLibrary(corpus.dir, 1024);
    await expect(small.write({ ...FERRY, text: 'word '.repeat(400) })).rejects.toThrow(/too large/);
    expect(await files()).toEqual(['existing.txt']);
  });

  it('undoes an added article, and puts an updated one back as it was', async () => {
    const added = await library.write(FERRY);
    const updated = await library.write({ ...FERRY, title: 'Changed title', text: 'Changed words entirely.' });
    await library.undo(updated);
    const back = (await loadCorpus(corpus.dir)).articles.find((a) => a.id === added.id)!;
    expect(back.title).toBe(FERRY.title);
    await library.undo(added);
    expect(await files()).toEqual(['existing.txt']);
  });
});

describe('removing an article', () => {
  it('deletes its text and its sidecar, and says what it was', async () => {
    const written = await library.write(FERRY);
    const removed = await library.remove(written.id);
    expect(removed).toMatchObject({ id: written.id, title: FERRY.title, url: FERRY.url });
    expect(await files()).toEqual(['existing.txt']);
  });

  it('removes an article that has no sidecar', async () => {
    await library.remove('existing');
    expect(await files()).toEqual([]);
  });

  it('refuses an id that is not in the folder, including a path', async () => {
    await expect(library.remove('nothing-here')).rejects.toThrow(/No article with the id "nothing-here"/);
    await expect(library.remove('../existing')).rejects.toThrow(LibraryError);
    expect(await files()).toEqual(['existing.txt']);
  });
});

describe('fingerprints and URLs', () => {
  it('the fingerprint ignores layout but not words', () => {
    expect(textFingerprint('A b,  c.\n\nD')).toBe(textFingerprint('a B c d'));
    expect(textFingerprint('a b c d')).not.toBe(textFingerprint('a b c e'));
  });

  it('a URL is the same page without its fragment, tracking parameters or trailing slash', () => {
    expect(urlKey('https://Site.example/a/?utm_medium=x&id=3#c')).toBe(urlKey('https://site.example/a?id=3'));
    expect(urlKey('https://site.example/a?id=3')).not.toBe(urlKey('https://site.example/a?id=4'));
  });

  it('finds an article by its URL', async () => {
    const written = await library.write(FERRY);
    expect((await library.findUrl(`${FERRY.url}#comments`))?.id).toBe(written.id);
    expect(await library.findUrl('https://courier.example/unknown')).toBeUndefined();
  });
});
