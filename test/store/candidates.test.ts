import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonEmpty } from '../helpers/expect.js';
import { type IndexedStore, openIndexedStore } from '../helpers/indexed-store.js';

const CLINIC = `Night clinic opens in the old library
Date: 2025-05-02

The town's first night clinic opened on Friday in the former library on Quay Street.

"Nobody should have to wait until morning to see a nurse," said Dr. Mira Okonjo, who runs the clinic.
`;

let db: IndexedStore;

beforeAll(async () => {
  db = await openIndexedStore({ 'clinic.txt': CLINIC });
}, 120_000);

afterAll(() => db?.close());

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
      db.embedded.index.extraction.quotes.map((q) => q.text.split(/\s+/).slice(0, 6).join(' ')),
      'quotations of the corpus',
    );
    let answered = 0;
    for (const fragment of fragments) {
      const answer = db.embedded.whosaid(fragment);
      const top = answer.results[0]?.recordId;
      if (!answer.found || !top) continue;
      answered++;
      const ids = (await db.store.quoteCandidates(db.version, fragment, 50)).map((c) => c.id);
      expect(ids, fragment).toContain(top);
    }
    expect(answered).toBeGreaterThan(fragments.length / 2);
  });

  it('finds every speaker by a name with a letter missing', async () => {
    const speakers = nonEmpty(
      db.embedded.index.extraction.entities.filter((e) => e.kind === 'person' && e.name.includes(' ')),
      'people with a full name',
    );
    for (const speaker of speakers) {
      const found = (await db.store.speakerCandidates(db.version, typo(speaker.name), 10)).map((c) => c.name);
      expect(found, typo(speaker.name)).toContain(speaker.name);
    }
  });

  it('finds nothing for words no quotation holds, and nothing for an empty query', async () => {
    expect(await db.store.quoteCandidates(db.version, 'glacier volcano avalanche', 50)).toEqual([]);
    expect(await db.store.quoteCandidates(db.version, 'the of and', 50)).toEqual([]);
  });
});
