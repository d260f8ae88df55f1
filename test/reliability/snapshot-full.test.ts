import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CoverageService } from '../../src/service/coverage.js';
import { readSavedIndex } from '../../src/index/snapshot.js';
import { tempCorpus } from '../helpers/corpus.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Enough invented articles that the snapshot outgrows the file-size limit set below. */
function articles(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const para = `"Dock ${i} will reopen after the repairs finish in spring," port official Mara Quist said on Tuesday. The council set aside $${i + 2} million for the work.`;
    files[`dock-${i}.txt`] = `Dock ${i} repairs\n\n${Array.from({ length: 12 }, () => para).join('\n\n')}\n`;
  }
  return files;
}

let corpus: { dir: string; cleanup: () => Promise<void> };
let indexPath = '';
beforeAll(async () => {
  corpus = await tempCorpus(articles(40));
  indexPath = path.join(path.dirname(corpus.dir), 'data', 'index.snapshot');
  await CoverageService.open({ seedsDir: corpus.dir, indexPath });
});
afterAll(() => corpus.cleanup());

describe('a full disk while saving the snapshot', () => {
  it('reports it, keeps serving the new index from memory, and leaves the old snapshot whole', async () => {
    const before = await readFile(indexPath);
    const limitKb = Math.floor(before.length / 1024 / 2);
    const script = `trap '' XFSZ; ulimit -f ${limitKb}; exec node --import tsx test/reliability/snapshot-full.child.ts "$0" "$1"`;
    const { stdout } = await run('bash', ['-c', script, corpus.dir, indexPath], { cwd: ROOT });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result.ok).toBe(true);
    expect(result.articles).toBe(41);
    expect(result.notice).toMatch(/Could not save the index snapshot.*file too large.*live in memory; the previous snapshot is kept/i);
    expect(await readFile(indexPath)).toEqual(before);
    expect((await readSavedIndex(indexPath))?.parts).toHaveLength(40);
    expect((await readdir(path.dirname(indexPath))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await stat(indexPath)).size).toBe(before.length);
  });
});
