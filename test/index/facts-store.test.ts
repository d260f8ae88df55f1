import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate.js';
import { readSnapshot, writeSnapshot } from '../../src/index/snapshot.js';
import { openIndex, partsWithFacts, settleIndex, type CoverageIndex } from '../../src/index/build.js';
import { ArticleFacts, FactsUnreadable } from '../../src/index/facts.js';
import { runNow } from '../../src/runtime/slices.js';
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

const fact = (articleId: string, i: number) => ({
  id: `${articleId}#f${i}`,
  articleId,
  statement: `Fact ${i} of ${articleId}.`,
  passage: { text: `Fact ${i} of ${articleId}.`, start: 0, end: 14 },
  values: [],
  entities: [],
  subject: null,
  predicate: [],
  terms: ['fact'],
});

describe('a fact store', () => {
  it('knows every count before anything is parsed, and parses an article only when asked for it', () => {
    const parsed: string[] = [];
    const store = ArticleFacts.of(
      ['a', 'b'].map((id) => ({
        articleId: id,
        count: 2,
        parse: () => {
          parsed.push(id);
          return [fact(id, 0), fact(id, 1)];
        },
      })),
    );
    expect([store.count, store.countFor('a'), store.countFor('nowhere'), store.unparsed]).toEqual([4, 2, 0, 2]);
    expect(parsed).toEqual([]);
    expect(store.forArticle('b').map((f) => f.id)).toEqual(['b#f0', 'b#f1']);
    expect([parsed, store.unparsed]).toEqual([['b'], 1]);
    expect(store.all().map((f) => f.id)).toEqual(['a#f0', 'a#f1', 'b#f0', 'b#f1']);
    expect(parsed).toEqual(['b', 'a']);
  });

  it('gives a parse failure back from settle as a value, and throws it typed from a read', () => {
    const broken = () => {
      throw new FactsUnreadable('b', 'the facts of b do not fit');
    };
    const store = ArticleFacts.of([
      { articleId: 'a', facts: [fact('a', 0)] },
      { articleId: 'b', count: 1, parse: broken },
    ]);
    const failure = runNow(store.settle());
    expect(failure).toBeInstanceOf(FactsUnreadable);
    expect(failure?.articleId).toBe('b');
    expect(store.forArticle('a')).toHaveLength(1);
    expect(() => store.forArticle('b')).toThrow(FactsUnreadable);
  });

  it('refuses parsed facts that do not match the count it was given', () => {
    const store = ArticleFacts.of([{ articleId: 'a', count: 2, parse: () => [fact('a', 0)] }]);
    expect(() => store.all()).toThrow(/facts of a do not match their count/);
  });
});

describe('facts read from a snapshot', () => {
  it('are not parsed at start-up, yet their number is known', async () => {
    const { index, file } = await savedCorpus(12);
    const read = await readSnapshot(file, index.data.articles);
    expect(read).not.toBeNull();
    const opened = openIndex(read!);
    expect(opened.data.facts.unparsed).toBe(opened.data.parts.length);
    expect(opened.data.parts.map((p) => opened.data.facts.countFor(p.articleId))).toEqual(
      index.data.parts.map((p) => index.data.facts.forArticle(p.articleId).length),
    );
    expect(opened.facts.count).toBe(index.facts.all().length);
    expect(opened.data.facts.unparsed).toBe(opened.data.parts.length);
  });

  it('answer fact searches exactly as the index they were saved from, parsed on first read', async () => {
    const { index, file } = await savedCorpus(12);
    const opened = openIndex((await readSnapshot(file, index.data.articles))!);
    const terms = index.facts
      .all()
      .slice(0, 20)
      .map((f) => f.terms.slice(0, 3));
    const ids = (x: CoverageIndex): string[][] => terms.map((t) => x.search.findFacts(t, 5).map((h) => h.record.id));
    expect(ids(opened)).toEqual(ids(index));
    expect(opened.data.facts.unparsed).toBe(0);
    expect(opened.facts.all()).toEqual(index.facts.all());
    expect(partsWithFacts(opened.data)).toEqual(partsWithFacts(index.data));
  });

  it('are settled in the background with the same records a fresh index has', async () => {
    const { index, file } = await savedCorpus(6);
    const opened = openIndex((await readSnapshot(file, index.data.articles))!);
    expect(runNow(settleIndex(opened))).toBeNull();
    expect([opened.data.facts.unparsed, opened.facts.unparsed]).toEqual([0, 0]);
    expect(opened.facts.all()).toEqual(index.facts.all());
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
    const failure = runNow(read!.facts.settle());
    expect(failure).toBeInstanceOf(FactsUnreadable);
    expect(failure?.message).toContain(`facts of ${failure?.articleId} do not fit`);
    const readable = read!.parts.filter((p) => p.articleId !== failure?.articleId);
    expect(readable).toHaveLength(2);
    for (const p of readable) expect(read!.facts.forArticle(p.articleId)).toHaveLength(read!.facts.countFor(p.articleId));
  });
});

describe('a service started from a snapshot', () => {
  it('answers /ask before its facts are all parsed exactly as after', async () => {
    const { dir, file, index } = await savedCorpus(12);
    const question = `how many ${index.facts.all().find((f) => f.values.some((v) => v.type === 'number'))?.terms[0] ?? 'people'}?`;
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
    expect(service.index.facts.all()).toEqual(index.facts.all());
  });

  it('rebuilds at start, and says why, when saved facts that the start must read are damaged', async () => {
    const { dir, file, index } = await savedCorpus(3);
    await tamper(file, miscount);
    const service = await CoverageService.open({ seedsDir: dir, indexPath: file });
    expect(service.startNotice).toMatch(/facts of article-\d+ do not fit.*Rebuilding from the corpus/);
    expect(service.index.facts.all()).toEqual(index.facts.all());
  });
});
