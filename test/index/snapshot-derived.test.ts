import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { generateCorpus } from '../../bench/generate.js';
import { makeQueries } from '../../bench/queries.js';
import { readSnapshot, writeSnapshot } from '../../src/index/snapshot.js';
import { openIndex, partsWithFacts, type CoverageIndex } from '../../src/index/build.js';
import { mergeEntities } from '../../src/link/speakers.js';
import { CoverageSearch } from '../../src/search/search.js';
import { SEARCH_FORMAT } from '../../src/search/engine.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus, indexFolder } from '../helpers/corpus.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function corpusIndex(size: number): Promise<{ index: CoverageIndex; file: string; generated: ReturnType<typeof generateCorpus> }> {
  const generated = generateCorpus(7, size);
  const t = await tempCorpus(Object.fromEntries(generated.map((g) => [g.file, g.text])));
  cleanup = t.cleanup;
  return { index: await indexFolder(t.dir), file: path.join(path.dirname(t.dir), 'index.snapshot'), generated };
}

function answers(index: CoverageIndex, queries: ReturnType<typeof makeQueries>): unknown[] {
  const s = index.search;
  return queries.flatMap((q) => [
    s.findQuotes({ text: q.text, mode: 'phrase', limit: 5 }).map((h) => [h.record.id, h.score]),
    s
      .findQuotes({ text: q.text, mode: 'topic', limit: 5, speakerId: q.speaker ? s.findSpeakers(q.speaker, 1)[0]?.record.id : undefined })
      .map((h) => [h.record.id, h.score]),
    s.findFacts(q.text.toLowerCase().split(/\s+/), 5).map((h) => [h.record.id, h.score]),
    s.findSpeakers(q.text, 5).map((h) => [h.record.id, h.score]),
  ]);
}

describe('snapshot with saved start-up work (merge outcome, search tables)', () => {
  it('opens to the same records and the same answers as merging and tokenizing anew', async () => {
    const { index, file, generated } = await corpusIndex(60);
    await writeSnapshot(file, index.data, index);
    const read = await readSnapshot(file, index.data.articles);
    expect(read?.derived).toBeDefined();
    if (!read) return;
    const fast = openIndex(read);
    expect(fast.data.derived).toBeUndefined();
    expect(fast.search).toBeInstanceOf(CoverageSearch);
    const slow = openIndex({ ...read, derived: undefined });
    const { links, families: _families, facts, ...merged } = mergeEntities(partsWithFacts(read));
    expect(fast.extraction).toEqual(merged);
    expect(fast.facts.all()).toEqual(facts);
    expect(fast.links).toEqual(links);
    expect(fast.extraction).toEqual(slow.extraction);
    expect(fast.extraction).toEqual(index.extraction);
    expect(fast.facts.all()).toEqual(index.facts.all());
    expect(fast.search.save()).toEqual(slow.search.save());
    const queries = makeQueries(7, generated, 40);
    expect(answers(fast, queries)).toEqual(answers(slow, queries));
  });

  it('a snapshot re-saved from a fast-opened index round-trips to the same index', async () => {
    const { index, file } = await corpusIndex(30);
    await writeSnapshot(file, index.data, index);
    const first = openIndex((await readSnapshot(file, index.data.articles)) as NonNullable<Awaited<ReturnType<typeof readSnapshot>>>);
    await writeSnapshot(file, first.data, first);
    const again = await readSnapshot(file, index.data.articles);
    expect(again?.derived).toBeDefined();
    if (!again) return;
    expect(openIndex(again).extraction).toEqual(index.extraction);
  });

  it('ignores saved work made by other code or for other records, and rebuilds instead', async () => {
    const { index, file } = await corpusIndex(20);
    await writeSnapshot(file, index.data, index);
    const read = await readSnapshot(file, index.data.articles);
    if (!read?.derived) throw new Error('no derived data');
    const other = openIndex({ ...read, derived: { ...read.derived, code: 'other-code', entities: [] } });
    expect(other.extraction).toEqual(index.extraction);
    const short = openIndex({ ...read, derived: { ...read.derived, quotes: read.derived.quotes.slice(1) } });
    expect(short.extraction).toEqual(index.extraction);
  });

  it("keeps the search engine's saved form whole, and when the engine refuses it (another format) says why and builds the search anew", async () => {
    const { index, file, generated } = await corpusIndex(20);
    await writeSnapshot(file, index.data, index);
    const read = await readSnapshot(file, index.data.articles);
    if (!read?.derived) throw new Error('no derived data');
    expect(read.derived.search).toEqual(index.search.save());
    const older = { ...read.derived.search, version: SEARCH_FORMAT + 1 };
    const reopened = openIndex({ ...read, derived: { ...read.derived, search: older } });
    expect(reopened.restoreNote).toBe(`the saved search tables are terms format ${SEARCH_FORMAT + 1}, this code reads terms format ${SEARCH_FORMAT}`);
    expect(reopened.extraction).toEqual(index.extraction);
    const queries = makeQueries(3, generated, 20);
    expect(answers(reopened, queries)).toEqual(answers(index, queries));
    expect(openIndex(read).restoreNote).toBeUndefined();
  });

  it('a service started from a snapshot whose search form is refused says why in the log and saves the form anew', async () => {
    const { index, file } = await corpusIndex(8);
    const engine = index.search;
    const olderForm = Object.assign(Object.create(engine) as typeof engine, { save: () => ({ ...engine.save()!, version: SEARCH_FORMAT + 1 }) });
    await writeSnapshot(file, index.data, { ...index, search: olderForm });
    const logs: Array<[string, unknown]> = [];
    const service = await CoverageService.open({
      seedsDir: path.join(path.dirname(file), 'corpus'),
      indexPath: file,
      log: (_level, msg, fields) => logs.push([msg, fields?.reason]),
    });
    expect(logs).toContainEqual([expect.stringMatching(/saving it again/), expect.stringMatching(/terms format \d+, this code reads terms format/)]);
    expect(service.index.extraction).toEqual(index.extraction);
    await service.settled();
    await service.close();
    const again = await readSnapshot(file, index.data.articles);
    expect(again?.derived?.search.version).toBe(SEARCH_FORMAT);
  });

  it('writes no saved work when given no index, and reads such a snapshot as before', async () => {
    const { index, file } = await corpusIndex(10);
    await writeSnapshot(file, index.data);
    const read = await readSnapshot(file, index.data.articles);
    expect(read?.derived).toBeUndefined();
    if (read) expect(openIndex(read).extraction).toEqual(index.extraction);
  });
});
