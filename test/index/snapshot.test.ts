import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSnapshot, writeSnapshot, SnapshotError } from '../../src/index/snapshot.js';
import { INDEX_FORMAT, indexData, partsWithFacts, type IndexData } from '../../src/index/build.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sample(): IndexData {
  return indexData({
    format: INDEX_FORMAT,
    extractor: 'test',
    builtAt: '2024-05-01T10:00:00.000Z',
    corpusHash: 'a:1',
    articles: [
      {
        id: 'a',
        file: 'a.txt',
        title: 'Harbour',
        date: null,
        outlet: null,
        url: null,
        text: 'The harbour opened.',
        paragraphs: [{ text: 'The harbour opened.', start: 0, end: 19 }],
        hash: '1',
      },
    ],
    parts: [{ articleId: 'a', hash: '1', quotes: [], facts: [], entities: [] }],
    warnings: [{ file: 'b.txt', reason: 'empty file' }],
  });
}

/** What a snapshot must give back: the data with each part's facts read from the store. */
function plain(d: IndexData | null): unknown {
  return d && { ...d, facts: undefined, parts: partsWithFacts(d) };
}

async function tempFile(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'snap-'));
  return path.join(dir, 'index.snapshot');
}

describe('index snapshot', () => {
  it('round-trips the index data exactly', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    expect(plain(await readSnapshot(file, sample().articles))).toEqual(plain(sample()));
  });

  it('leaves no temporary file behind after a write', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    expect(await readdir(dir)).toEqual(['index.snapshot']);
  });

  it('returns null when there is no snapshot yet', async () => {
    expect(await readSnapshot(await tempFile(), [])).toBeNull();
  });

  it('refuses a truncated snapshot', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    const raw = await readFile(file, 'utf8');
    await writeFile(file, raw.slice(0, raw.length - 20));
    await expect(readSnapshot(file, sample().articles)).rejects.toThrow(/checksum/);
  });

  it('refuses a snapshot whose payload was altered', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    const raw = await readFile(file, 'utf8');
    expect(raw).toContain('empty file');
    await writeFile(file, raw.replace('empty file', 'empty filf'));
    await expect(readSnapshot(file, sample().articles)).rejects.toThrow(SnapshotError);
  });

  it('refuses a file that is not a snapshot at all', async () => {
    const file = await tempFile();
    await writeFile(file, 'hello world');
    await expect(readSnapshot(file, sample().articles)).rejects.toThrow(/no valid header/);
  });

  it('refuses a snapshot from an older format', async () => {
    const file = await tempFile();
    await writeSnapshot(file, { ...sample(), format: INDEX_FORMAT - 1 });
    await expect(readSnapshot(file, sample().articles)).rejects.toThrow(/older format/);
  });

  it('reports an unwritable folder as a SnapshotError and keeps the old snapshot', async () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; simulate with a path under a regular file instead
      const file = await tempFile();
      await writeSnapshot(file, sample());
      await expect(writeSnapshot(path.join(file, 'nested', 'x.snapshot'), sample())).rejects.toThrow(SnapshotError);
      expect(plain(await readSnapshot(file, sample().articles))).toEqual(plain(sample()));
      return;
    }
    const file = await tempFile();
    await writeSnapshot(file, sample());
    await chmod(dir, 0o500);
    await expect(writeSnapshot(file, { ...sample(), builtAt: 'later' })).rejects.toThrow(SnapshotError);
    await chmod(dir, 0o700);
    expect((await readSnapshot(file, sample().articles))?.builtAt).toBe(sample().builtAt);
  });

  it('gives back accented names, emoji and other scripts exactly', async () => {
    const file = await tempFile();
    const names = ['Zoë Núñez', 'Łukasz Wróbel', '王小明', 'Ana 🌊 Ruiz'];
    const data = { ...sample(), warnings: names.map((n) => ({ file: `${n}.txt`, reason: 'empty file' })) };
    await writeSnapshot(file, data);
    expect((await readSnapshot(file, data.articles))?.warnings).toEqual(data.warnings);
  });

  it('does not repeat the articles: their texts come back from the corpus folder', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    expect(await readFile(file, 'utf8')).not.toContain('The harbour opened.');
    expect((await readSnapshot(file, sample().articles))?.articles).toEqual(sample().articles);
  });
});

describe('a snapshot joined to a corpus folder that changed since', () => {
  const harbour = sample().articles[0];
  const bridge = {
    ...harbour,
    id: 'b',
    file: 'b.txt',
    title: 'Bridge',
    text: 'The bridge was closed on Monday.',
    paragraphs: [{ text: 'The bridge was closed on Monday.', start: 0, end: 32 }],
    hash: '2',
  };
  const passage = { text: 'The harbour opened.', start: 0, end: 19 };
  const fact = {
    id: 'a#f0',
    articleId: 'a',
    statement: passage.text,
    passage,
    values: [],
    entities: [],
    subject: null,
    predicate: [],
    terms: ['harbour', 'open'],
  };
  const data = (): IndexData => indexData({ ...sample(), corpusHash: 'a:1', parts: [{ articleId: 'a', hash: '1', quotes: [], facts: [fact], entities: [] }] });

  it('keeps the records of articles that did not change, with their passages', async () => {
    const file = await tempFile();
    await writeSnapshot(file, data());
    const joined = await readSnapshot(file, [harbour, bridge]);
    expect(joined && partsWithFacts(joined)).toEqual(partsWithFacts(data()));
    expect(joined?.articles).toEqual([harbour]);
  });

  it('drops the records of an article whose text changed', async () => {
    const file = await tempFile();
    await writeSnapshot(file, data());
    const edited = { ...harbour, text: 'The harbour opened late.', hash: '9' };
    const joined = await readSnapshot(file, [edited]);
    expect(joined?.parts).toEqual([]);
    expect(joined?.corpusHash).toBe('a:1');
  });
});
