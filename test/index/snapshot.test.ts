import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSnapshot, writeSnapshot, SnapshotError } from '../../src/index/snapshot.js';
import { INDEX_FORMAT, type IndexData } from '../../src/index/build.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sample(): IndexData {
  return {
    format: INDEX_FORMAT,
    extractor: 'test',
    builtAt: '2024-05-01T10:00:00.000Z',
    corpusHash: 'a:1',
    articles: [{ id: 'a', file: 'a.txt', title: 'Harbour', date: null, outlet: null, url: null, text: 'The harbour opened.', paragraphs: [{ text: 'The harbour opened.', start: 0, end: 19 }], hash: '1' }],
    parts: [{ articleId: 'a', hash: '1', quotes: [], facts: [], entities: [] }],
    warnings: [{ file: 'b.txt', reason: 'empty file' }],
  };
}

async function tempFile(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'snap-'));
  return path.join(dir, 'index.snapshot');
}

describe('index snapshot', () => {
  it('round-trips the index data exactly', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    expect(await readSnapshot(file)).toEqual(sample());
  });

  it('leaves no temporary file behind after a write', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    expect(await readdir(dir)).toEqual(['index.snapshot']);
  });

  it('returns null when there is no snapshot yet', async () => {
    expect(await readSnapshot(await tempFile())).toBeNull();
  });

  it('refuses a truncated snapshot', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    const raw = await readFile(file, 'utf8');
    await writeFile(file, raw.slice(0, raw.length - 20));
    await expect(readSnapshot(file)).rejects.toThrow(/checksum/);
  });

  it('refuses a snapshot whose payload was altered', async () => {
    const file = await tempFile();
    await writeSnapshot(file, sample());
    const raw = await readFile(file, 'utf8');
    await writeFile(file, raw.replace('The harbour opened.', 'The harbour closed.'));
    await expect(readSnapshot(file)).rejects.toThrow(SnapshotError);
  });

  it('refuses a file that is not a snapshot at all', async () => {
    const file = await tempFile();
    await writeFile(file, 'hello world');
    await expect(readSnapshot(file)).rejects.toThrow(/no valid header/);
  });

  it('refuses a snapshot from an older format', async () => {
    const file = await tempFile();
    await writeSnapshot(file, { ...sample(), format: INDEX_FORMAT - 1 });
    await expect(readSnapshot(file)).rejects.toThrow(/older format/);
  });

  it('reports an unwritable folder as a SnapshotError and keeps the old snapshot', async () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; simulate with a path under a regular file instead
      const file = await tempFile();
      await writeSnapshot(file, sample());
      await expect(writeSnapshot(path.join(file, 'nested', 'x.snapshot'), sample())).rejects.toThrow(SnapshotError);
      expect(await readSnapshot(file)).toEqual(sample());
      return;
    }
    const file = await tempFile();
    await writeSnapshot(file, sample());
    await chmod(dir, 0o500);
    await expect(writeSnapshot(file, { ...sample(), builtAt: 'later' })).rejects.toThrow(SnapshotError);
    await chmod(dir, 0o700);
    expect((await readSnapshot(file))?.builtAt).toBe(sample().builtAt);
  });
});
