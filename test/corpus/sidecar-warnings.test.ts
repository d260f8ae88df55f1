import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CoverageService } from '../../src/service/coverage.js';
import { renderReindex } from '../../src/render/reindex.js';
import { tempCorpus } from '../helpers/corpus.js';

const GOOD = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n';
const BAD_SIDECAR = { file: 'harbour.json', reason: 'sidecar ignored: a JSON array, not an object like {"title": …}' };

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function serviceOn(files: Record<string, string>): Promise<{ service: CoverageService; dir: string }> {
  const c = await tempCorpus(files);
  cleanup = c.cleanup;
  return { service: await CoverageService.open({ seedsDir: c.dir, indexPath: null }), dir: c.dir };
}

describe('a bad sidecar is reported wherever skipped files are', () => {
  it('in the index opened at start (what the start-up log and the console list)', async () => {
    const { service } = await serviceOn({ 'harbour.txt': GOOD, 'harbour.json': '[]' });
    expect(service.index.data.warnings).toEqual([BAD_SIDECAR]);
    expect(service.counts().articles).toBe(1);
  });

  it('in a reindex report, also when the article is reused unchanged, under its own heading', async () => {
    const { service, dir } = await serviceOn({ 'harbour.txt': GOOD, 'harbour.json': '[]' });
    await writeFile(path.join(dir, 'ferry.txt'), 'Ferry timetable changes\n\nThe island ferry will sail twice a day from June.\n');
    const report = await service.reindex();
    expect(report.warnings).toEqual([BAD_SIDECAR]);
    expect(renderReindex(report)).toContain(`Sidecar warnings (1):\n  - harbour.json: ${BAD_SIDECAR.reason}`);
  });
});
