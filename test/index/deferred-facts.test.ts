import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate.js';
import { readSnapshot, writeSnapshot, SnapshotError } from '../../src/index/snapshot.js';
import { openIndex, type CoverageIndex } from '../../src/index/build.js';
import { factCount, isDeferred } from '../../src/index/deferred.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus, indexFolder } from '../helpers/corpus.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function savedCorpus(size: number): Promise<{ index: CoverageIndex; dir: string; file: string }> {
  const generated = generateCorpus(11, size);
  const t = await tempCorpus(Object.fromEntries(generated.map((g) => [g.file, g.text])));
  cleanup = t.cleanup;
  const index = await indexFolder(t.dir);
  const file = path.join(path.dirname(t.dir), 'index.snapshot');
  await writeSnapshot(file, index.data, index);
  return { index, dir: t.dir, file };
}

/** Edits a snapshot's payload and signs it again, as only a bug in the writer could leave it. */
async function tamper(file: string, edit: (payload: string, factsAt: number) => string): Promise<void> {
  const raw = await readFile(file);
  const newline = raw.indexOf(0x0a);
  const header = JSON.parse(raw.toString('utf8', 0, newline)) as { checksum: string; json: number; facts: number };
  const payload = Buffer.from(edit(raw.toString('latin1', newline + 1), header.json), 'latin1');
  header.checksum = createHash('sha256').update(payload).digest('hex');
  await writeFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
}

/** One part's fact count made one more than its block holds, without changing any length. */
function miscount(payload: string): string {
  return payload.replace(/"facts":\{"count":(\d*[0-8]),/, (_m, n: string) => `"facts":{"count":${n.slice(0, -1)}${Number(n.at(-1)) + 1},`);
}

describe('facts read from a snapshot', () => {
  it('are not parsed at start-up, yet their number is known', async () => {
    const { index, file } = await savedCorpus(12);
    const read = await readSnapshot(file, index.data.articles);
    expect(read).not.toBeNull();
    const opened = openIndex(read!);
    expect(opened.data.parts.every(isDeferred)).toBe(true);
    expect(opened.data.parts.map(factCount)).toEqual(index.data.parts.map((p) => p.facts.length));
    expect(opened.search.factCount).toBe(index.extraction.facts.length);
    expect(opened.data.parts.every(isDeferred)).toBe(true);
  });

  it('answer fact searches exactly as the index they were saved from, parsed on first read', async () => {
    const { index, file } = await savedCorpus(12);
    const opened = openIndex((await readSnapshot(file, index.data.articles))!);
    const terms = index.extraction.facts.slice(0, 20).map((f) => f.terms.slice(0, 3));
    const ids = (x: CoverageIndex): string[][] => terms.map((t) => x.search.findFacts(t, 5).map((h) => h.record.id));
    expect(ids(opened)).toEqual(ids(index));
    expect(opened.data.parts.some(isDeferred)).toBe(false);
    expect(opened.extraction.facts).toEqual(index.extraction.facts);
    expect(opened.data.parts.map((p) => p.facts)).toEqual(index.data.parts.map((p) => p.facts));
  });

  it('refuse a snapshot whose fact blocks do not add up to the fact bytes', async () => {
    const { index, file } = await savedCorpus(3);
    await tamper(file, (payload) =>
      payload.replace(/"facts":\{"count":(\d+),"bytes":(\d+)\}/, (_m, c: string, b: string) => `"facts":{"count":${c},"bytes":${Number(b) + 1}}`),
    );
    await expect(readSnapshot(file, index.data.articles)).rejects.toThrow(/facts do not add up/);
  });

  it('name the article whose facts do not fit it, when they are read', async () => {
    const { index, file } = await savedCorpus(3);
    await tamper(file, miscount);
    const read = await readSnapshot(file, index.data.articles);
    const broken = read!.parts.filter((p) => {
      try {
        void p.facts;
        return false;
      } catch (err) {
        expect(err).toBeInstanceOf(SnapshotError);
        expect((err as Error).message).toContain(`facts of ${p.articleId} do not fit`);
        return true;
      }
    });
    expect(broken).toHaveLength(1);
  });
});

describe('a service started from a snapshot', () => {
  it('answers /ask before its facts are all parsed exactly as after', async () => {
    const { dir, file, index } = await savedCorpus(12);
    const question = `how many ${index.extraction.facts.find((f) => f.values.some((v) => v.type === 'number'))?.terms[0] ?? 'people'}?`;
    const early = await CoverageService.open({ seedsDir: dir, indexPath: file });
    const first = early.ask(question);
    expect(await early.settled()).toBe(true);
    expect(first).toEqual(early.ask(question));
    const later = await CoverageService.open({ seedsDir: dir, indexPath: file });
    expect(await later.settled()).toBe(true);
    expect(later.ask(question)).toEqual(first);
    expect(later.counts()).toEqual(early.counts());
  });

  it('extracts every article again when saved facts cannot be read, and says so', async () => {
    const { dir, file, index } = await savedCorpus(3);
    // The first article's fact block no longer parses; every count and length still adds up.
    await tamper(file, (payload, factsAt) => `${payload.slice(0, factsAt)}{${payload.slice(factsAt + 1)}`);
    const logs: string[] = [];
    const service = await CoverageService.open({ seedsDir: dir, indexPath: file, log: (level, msg) => logs.push(`${level}: ${msg}`) });
    expect(await service.settled()).toBe(false);
    expect(logs.join('\n')).toMatch(/error: could not finish reading the saved index; extracting every article again/);
    await new Promise((resolve) => setImmediate(resolve));
    await service.drain();
    expect(service.index.extraction.facts).toEqual(index.extraction.facts);
  });

  it('rebuilds at start, and says why, when saved facts that the start must read are damaged', async () => {
    const { dir, file, index } = await savedCorpus(3);
    await tamper(file, miscount);
    const service = await CoverageService.open({ seedsDir: dir, indexPath: file });
    expect(service.startNotice).toMatch(/facts of article-\d+ do not fit.*Rebuilding from the corpus/);
    expect(service.index.extraction.facts).toEqual(index.extraction.facts);
  });
});
