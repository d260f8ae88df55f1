import { afterEach, describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';

const HARBOUR = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said on Tuesday.\n';
const BRIDGE = 'Bridge reopens\n\nThe old bridge reopened to traffic after 14 months of repairs.\n';

type Entry = { level: string; msg: string; fields?: Record<string, unknown> };

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('a snapshot save that fails during /reindex', () => {
  it('is logged for the operator with the snapshot path and the error, not only told to the moderator', async () => {
    const c = await tempCorpus({ 'harbour.txt': HARBOUR });
    cleanup = c.cleanup;
    const dataDir = path.join(path.dirname(c.dir), 'data');
    const indexPath = path.join(dataDir, 'index.snapshot');
    const logged: Entry[] = [];
    const service = await CoverageService.open({ seedsDir: c.dir, indexPath, log: (level, msg, fields) => logged.push({ level, msg, fields }) });
    // The snapshot's folder becomes a plain file: every later save fails (EEXIST on its mkdir), even as root.
    await rm(dataDir, { recursive: true });
    await writeFile(dataDir, 'not a folder');
    await writeFile(path.join(c.dir, 'bridge.txt'), BRIDGE);

    const report = await service.reindex();
    expect(report.ok).toBe(true);
    expect(report.notice).toMatch(/Could not save/);
    const failure = logged.find((e) => e.level !== 'info' && /snapshot/i.test(e.msg));
    expect(failure).toMatchObject({ fields: { path: indexPath, error: expect.stringMatching(/EEXIST|ENOTDIR/) } });
    expect(['warn', 'error']).toContain(failure?.level);
  });
});
