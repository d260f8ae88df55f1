import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus, CorpusError, splitParagraphs, decodeText, SIDECAR_CAPS } from '../../src/corpus/load.js';
import { tempCorpus } from '../helpers/corpus.js';

const ARTICLE = 'Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n\n"We will rebuild before winter," Mayor Ana Ruiz said.\n';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function load(files: Record<string, string | Buffer>, maxBytes?: number) {
  const c = await tempCorpus(files);
  cleanup = c.cleanup;
  return { corpus: await loadCorpus(c.dir, { maxBytes }), dir: c.dir };
}

describe('loadCorpus', () => {
  it('reads every .txt and .md file as an article whose id is the file name without extension', async () => {
    const { corpus } = await load({ 'harbour.txt': ARTICLE, 'notes.md': 'Budget notes\n\nThe budget grew by 4 percent.', 'ignored.csv': 'a,b' });
    expect(corpus.articles.map((a) => a.id)).toEqual(['harbour', 'notes']);
    expect(corpus.warnings).toEqual([]);
  });

  it('keeps the text exactly as read so offsets point into the file', async () => {
    const { corpus } = await load({ 'harbour.txt': ARTICLE });
    expect(corpus.articles[0].text).toBe(ARTICLE);
  });

  it('takes the title from a headline-like first line', async () => {
    const { corpus } = await load({ 'harbour.txt': ARTICLE });
    expect(corpus.articles[0].title).toBe('Harbour plan approved');
  });

  it('falls back to the first sentence, shortened, when there is no headline', async () => {
    const long = `The council approved ${'a very long list of harbour repairs and '.repeat(6)}works on Tuesday. More text.`;
    const { corpus } = await load({ 'a.txt': long });
    expect(corpus.articles[0].title.length).toBeLessThanOrEqual(120);
    expect(corpus.articles[0].title.startsWith('The council approved')).toBe(true);
    expect(corpus.articles[0].title.endsWith('…')).toBe(true);
  });

  it('reads the date from a dateline and leaves the dateline out of the title', async () => {
    const { corpus } = await load({ 'a.txt': ' date 2019-03-04 Photo agency\n\nThe council met on Monday to vote.' });
    expect(corpus.articles[0].date).toBe('2019-03-04');
    expect(corpus.articles[0].title).toBe('The council met on Monday to vote.');
  });

  it('lets a sidecar JSON override title, date and outlet', async () => {
    const { corpus } = await load({
      'a.txt': ' date 2019-03-04\n\nThe council met.',
      'a.json': JSON.stringify({ title: 'Council meets', date: '2020-01-02', outlet: 'The Ledger', url: 'https://example.org/a' }),
    });
    expect(corpus.articles[0]).toMatchObject({ title: 'Council meets', date: '2020-01-02', outlet: 'The Ledger', url: 'https://example.org/a' });
  });

  it('tells a text with a sidecar from a text that merely ends with the same characters', async () => {
    const meta = JSON.stringify({ title: 'Council meets' });
    const { corpus } = await load({ 'a.txt': 'The council met.', 'a.json': meta, 'b.txt': `The council met.${meta}` });
    const [a, b] = corpus.articles;
    expect(a.hash).not.toBe(b.hash);
  });

  it('skips an empty file with a warning that names it', async () => {
    const { corpus } = await load({ 'empty.txt': '   \n', 'ok.txt': ARTICLE });
    expect(corpus.articles.map((a) => a.id)).toEqual(['ok']);
    expect(corpus.warnings).toEqual([{ file: 'empty.txt', reason: 'empty file' }]);
  });

  it('skips a binary file with NUL bytes', async () => {
    const { corpus } = await load({ 'blob.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), 'ok.txt': ARTICLE });
    expect(corpus.warnings).toEqual([{ file: 'blob.txt', reason: 'binary file (contains NUL bytes)' }]);
    expect(corpus.articles).toHaveLength(1);
  });

  it('skips a file that is not valid UTF-8', async () => {
    const { corpus } = await load({ 'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]) });
    expect(corpus.warnings).toEqual([{ file: 'latin1.txt', reason: 'not valid UTF-8 text' }]);
  });

  it('decodes UTF-16 text that starts with a byte-order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tide report\n\nThe tide rose.', 'utf16le')]);
    const { corpus } = await load({ 'tide.txt': utf16 });
    expect(corpus.articles[0].text).toBe('Tide report\n\nThe tide rose.');
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const { corpus } = await load({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]) });
    expect(corpus.articles[0].text).toBe(ARTICLE);
  });

  it('skips a file over the size limit and says how large it is', async () => {
    const { corpus } = await load({ 'big.txt': 'word '.repeat(1000) }, 1024);
    expect(corpus.warnings[0].file).toBe('big.txt');
    expect(corpus.warnings[0].reason).toMatch(/^too large \(5 KB, limit 1 KB\)$/);
  });

  it('refuses a symbolic link that points outside the corpus folder', async () => {
    const c = await tempCorpus({ 'ok.txt': ARTICLE });
    cleanup = c.cleanup;
    const outside = path.join(path.dirname(c.dir), 'secret.txt');
    await writeFile(outside, 'A secret outside the corpus.');
    await symlink(outside, path.join(c.dir, 'link.txt'));
    const corpus = await loadCorpus(c.dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['ok']);
    expect(corpus.warnings).toEqual([{ file: 'link.txt', reason: 'symbolic link to a file outside the corpus folder' }]);
  });

  it('fails with a clear CorpusError when the folder is missing', async () => {
    await expect(loadCorpus('/nonexistent/corpus/folder')).rejects.toThrow(CorpusError);
    await expect(loadCorpus('/nonexistent/corpus/folder')).rejects.toThrow(/does not exist/);
  });

  it('gives the same hash to the same bytes and a different one after an edit', async () => {
    const a = await load({ 'a.txt': ARTICLE });
    const first = a.corpus.articles[0].hash;
    await writeFile(path.join(a.dir, 'a.txt'), `${ARTICLE} More.`);
    const again = await loadCorpus(a.dir);
    expect(again.articles[0].hash).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('loadCorpus with a bad sidecar', () => {
  const DATED = ' date 2019-03-04\n\nThe council met on Monday.';
  const OWN = { id: 'a', title: 'The council met on Monday.', date: '2019-03-04', outlet: null, url: null };

  it('warns, naming the sidecar, when it is not valid JSON, and the article keeps its own title and date', async () => {
    const { corpus } = await load({ 'a.txt': DATED, 'a.json': '{not json' });
    expect(corpus.articles[0]).toMatchObject(OWN);
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: 'sidecar ignored: not valid JSON' }]);
  });

  it('warns when the sidecar is a JSON array rather than an object', async () => {
    const { corpus } = await load({ 'a.txt': DATED, 'a.json': '[{"title": "Council meets"}]' });
    expect(corpus.articles[0]).toMatchObject(OWN);
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: 'sidecar ignored: a JSON array, not an object like {"title": …}' }]);
  });

  it('warns when the sidecar is over 64 KB and says how large it is', async () => {
    const { corpus } = await load({ 'a.txt': DATED, 'a.json': JSON.stringify({ title: 'Council meets', notes: 'x'.repeat(70 * 1024) }) });
    expect(corpus.articles[0]).toMatchObject(OWN);
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: 'sidecar ignored: too large (71 KB, limit 64 KB)' }]);
  });

  it.skipIf(process.platform === 'win32')(
    'warns when the sidecar is a FIFO, without waiting on it',
    async () => {
      const c = await tempCorpus({ 'a.txt': DATED });
      cleanup = c.cleanup;
      execFileSync('mkfifo', [path.join(c.dir, 'a.json')]);
      const corpus = await loadCorpus(c.dir);
      expect(corpus.articles[0]).toMatchObject(OWN);
      expect(corpus.warnings).toEqual([{ file: 'a.json', reason: 'sidecar ignored: not a regular file' }]);
    },
    5000,
  );

  it('warns about each field of the wrong type and keeps the good ones', async () => {
    const { corpus } = await load({
      'a.txt': DATED,
      'a.json': JSON.stringify({ title: 42, outlet: 'The Ledger', date: ['2020-01-02'], url: 'https://example.org/a' }),
    });
    expect(corpus.articles[0]).toMatchObject({ ...OWN, outlet: 'The Ledger', url: 'https://example.org/a' });
    expect(corpus.warnings).toEqual([
      { file: 'a.json', reason: 'sidecar field "title" ignored: a number, not text' },
      { file: 'a.json', reason: 'sidecar field "date" ignored: a JSON array, not text' },
    ]);
  });

  it('warns when the sidecar date is not a real YYYY-MM-DD date', async () => {
    const { corpus } = await load({ 'a.txt': DATED, 'a.json': JSON.stringify({ date: 'last Tuesday' }) });
    expect(corpus.articles[0].date).toBe('2019-03-04');
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: 'sidecar field "date" ignored: "last Tuesday" is not a YYYY-MM-DD date' }]);
  });

  it('keeps the warning when a reload reuses the unchanged article without reading it', async () => {
    const { corpus, dir } = await load({ 'a.txt': DATED, 'a.json': '[]' });
    const again = await loadCorpus(dir, { previous: { ...corpus, scan: { ...corpus.scan!, startedAt: Date.now() + 10_000 } } });
    expect(again.articles[0]).toBe(corpus.articles[0]);
    expect(again.warnings).toEqual(corpus.warnings);
    expect(again.warnings).toHaveLength(1);
  });
});

describe('loadCorpus caps what a sidecar may set', () => {
  it('cuts a 61,440-character title at a word with a warning naming the file and the field', async () => {
    const { corpus } = await load({ 'a.txt': ARTICLE, 'a.json': JSON.stringify({ title: `${'Harbour '.repeat(7679)}Harbours` }) });
    const { title } = corpus.articles[0];
    expect(title.length).toBeLessThanOrEqual(SIDECAR_CAPS.title);
    expect(title).toMatch(/^Harbour (Harbour )+Harbour…$/);
    expect(`${'Harbour '.repeat(7679)}Harbours`).toHaveLength(61_440);
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: `sidecar field "title" cut to ${SIDECAR_CAPS.title} characters (it has 61440)` }]);
  });

  it('cuts a long outlet the same way', async () => {
    const { corpus } = await load({ 'a.txt': ARTICLE, 'a.json': JSON.stringify({ outlet: `${'Gazette '.repeat(99)}Gazettes` }) });
    expect(corpus.articles[0].outlet!.length).toBeLessThanOrEqual(SIDECAR_CAPS.outlet);
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: `sidecar field "outlet" cut to ${SIDECAR_CAPS.outlet} characters (it has 800)` }]);
  });

  it('drops a url too long to be a link rather than cutting it into a wrong one', async () => {
    const { corpus } = await load({ 'a.txt': ARTICLE, 'a.json': JSON.stringify({ url: `https://example.org/${'a'.repeat(3000)}` }) });
    expect(corpus.articles[0].url).toBeNull();
    expect(corpus.warnings).toEqual([{ file: 'a.json', reason: `sidecar field "url" ignored: 3020 characters, limit ${SIDECAR_CAPS.url}` }]);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets into the text', () => {
    const text = 'First line\ncontinues.\n\n  Second paragraph.\r\n\r\nThird.';
    const paras = splitParagraphs(text);
    expect(paras.map((p) => p.text)).toEqual(['First line\ncontinues.', 'Second paragraph.', 'Third.']);
    for (const p of paras) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('decodeText', () => {
  it('keeps CRLF line endings as they are', () => {
    expect(decodeText(Buffer.from('a\r\nb'))).toBe('a\r\nb');
  });
});

describe('trimSpan', () => {
  it('moves a passage off leading and trailing whitespace and keeps its offsets true', async () => {
    const { trimSpan } = await import('../../src/extract/index.js');
    const text = 'First.  He then states it. ';
    const span = trimSpan({ text: text.slice(6), start: 6, end: text.length });
    expect(span).toEqual({ text: 'He then states it.', start: 8, end: 26 });
    expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
