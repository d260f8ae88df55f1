import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import { FolderSource } from '../../src/corpus/source.js';
import { CoverageService } from '../../src/service/coverage.js';
import { extractInline } from '../../src/runtime/workers.js';
import { PgStore } from '../../src/store/postgres.js';
import { openQueue } from '../../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../../src/queue/reindex.js';
import { startWorker } from '../../src/queue/worker.js';
import { seedCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';

const CLINIC = `Night clinic opens in the old library
Date: 2025-05-02

The town's first night clinic opened on Friday in the former library on Quay Street.

"Nobody should have to wait until morning to see a nurse," said Dr. Mira Okonjo, who runs the clinic.
`;

let cluster: TestPostgres;
let store: PgStore;
let boss: PgBoss;
let embedded: CoverageService;
let version: number;
let cleanupCorpus: () => Promise<void>;

beforeAll(async () => {
  cluster = await startPostgres();
  const url = await cluster.database();
  const corpus = await seedCorpus({ 'clinic.txt': CLINIC });
  cleanupCorpus = corpus.cleanup;
  store = await PgStore.open(url);
  boss = await openQueue(url);
  await startWorker({ store, boss, pollSeconds: 0.5 });
  const job = await enqueueReindex(store, boss, new FolderSource(corpus.dir));
  version = (await waitForVersion(store, job.version, 60_000)).version;
  embedded = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: extractInline });
}, 120_000);

afterAll(async () => {
  await embedded?.close();
  await boss?.stop({ graceful: false, wait: true });
  await store?.close();
  await cluster?.stop();
  await cleanupCorpus?.();
});

/** Drops one letter inside a word of four letters or more: a typo a user might make. */
function typo(name: string): string {
  const words = name.split(' ');
  const i = words.findIndex((w) => w.length >= 4);
  if (i < 0) return name;
  const w = words[i]!;
  words[i] = w.slice(0, 2) + w.slice(3);
  return words.join(' ');
}

describe('candidate search in PostgreSQL (full-text and trigram indexes)', { timeout: 120_000 }, () => {
  it('finds, among its first 50 candidates, the quotation the in-memory index answers /whosaid with, for fragments of every quotation', async () => {
    const fragments = nonEmpty(
      embedded.index.extraction.quotes.map((q) => q.text.split(/\s+/).slice(0, 6).join(' ')),
      'quotations of the corpus',
    );
    let answered = 0;
    for (const fragment of fragments) {
      const answer = embedded.whosaid(fragment);
      const top = answer.results[0]?.recordId;
      if (!answer.found || !top) continue;
      answered++;
      const ids = (await store.quoteCandidates(version, fragment, 50)).map((c) => c.id);
      expect(ids, fragment).toContain(top);
    }
    expect(answered).toBeGreaterThan(fragments.length / 2);
  });

  it('finds every speaker by a name with a letter missing', async () => {
    const speakers = nonEmpty(
      embedded.index.extraction.entities.filter((e) => e.kind === 'person' && e.name.includes(' ')),
      'people with a full name',
    );
    for (const speaker of speakers) {
      const found = (await store.speakerCandidates(version, typo(speaker.name), 10)).map((c) => c.name);
      expect(found, typo(speaker.name)).toContain(speaker.name);
    }
  });

  it('finds nothing for words no quotation holds, and nothing for an empty query', async () => {
    expect(await store.quoteCandidates(version, 'glacier volcano avalanche', 50)).toEqual([]);
    expect(await store.quoteCandidates(version, 'the of and', 50)).toEqual([]);
  });
});
