import { afterEach, describe, expect, it } from 'vitest';
import { DocumentReader } from '../../../src/corpus/import/reader.js';
import { ImportRefused } from '../../../src/corpus/import/types.js';

const STORY = new TextEncoder().encode(`Ferry timetable changes from June

PORT ELLERY, May 2, 2022 — The island ferry will add a late sailing on Fridays from June, the operator said.
`);

describe('DocumentReader (documents are read on a worker thread)', () => {
  const readers: DocumentReader[] = [];
  const reader = (timeoutMs?: number) => {
    const r = new DocumentReader(timeoutMs);
    readers.push(r);
    return r;
  };
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((r) => r.close()));
  });

  it('reads a document off the calling thread and hands back plain data', async () => {
    const draft = await reader().read({ kind: 'text', bytes: STORY, markdown: false });
    expect(draft).toMatchObject({ title: 'Ferry timetable changes from June', date: '2022-05-02' });
  });

  it('passes a refusal back with its code and reason', async () => {
    const err = await reader()
      .read({ kind: 'text', bytes: new Uint8Array([0x20, 0x0a]), markdown: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as ImportRefused).code).toBe('no-article');
  });

  it('stops a read that outlasts its time limit and refuses the document, then serves the next read', async () => {
    // 1 ms is less than any read takes (a worker start alone takes longer), so this read is stopped.
    const impatient = reader(1);
    const err = await impatient.read({ kind: 'text', bytes: STORY, markdown: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as ImportRefused).code).toBe('unreadable');
    expect((err as ImportRefused).reason).toMatch(/took longer than 0\.001 s to read/);
    const patient = reader();
    await expect(patient.read({ kind: 'text', bytes: STORY, markdown: false })).resolves.toMatchObject({ date: '2022-05-02' });
  });

  it('reads queued documents in order, one at a time', async () => {
    const r = reader();
    const texts = ['First story of the day\n\nThe council met.', 'Second story of the day\n\nThe council met again.'];
    const drafts = await Promise.all(texts.map((t) => r.read({ kind: 'text', bytes: new TextEncoder().encode(t), markdown: false })));
    expect(drafts.map((d) => d.title)).toEqual(['First story of the day', 'Second story of the day']);
  });
});
