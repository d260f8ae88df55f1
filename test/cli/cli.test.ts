import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempCorpus } from '../helpers/corpus.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

let corpus: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  corpus = await tempCorpus({
    'harbour.txt': 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said on Tuesday.\n',
    'empty.txt': '',
  });
});
afterAll(() => corpus.cleanup());

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SEEDS_DIR: corpus.dir, INDEX_PATH: 'none', DISCORD_TOKEN: '' };
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli.ts', ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the JSON CLI', () => {
  it('prints exactly one Answer document for whosaid --json and exits 0', async () => {
    const r = await cli(['whosaid', 'rebuild the harbour', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer).toMatchObject({ command: 'whosaid', query: 'rebuild the harbour' });
    expect(typeof answer.found).toBe('boolean');
    expect(Array.isArray(answer.results)).toBe(true);
  });

  it('exits 0 with found: false when nothing matches', async () => {
    const r = await cli(['whosaid', 'read my lips', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ found: false, results: [] });
  });

  it('prints {articles, quotes, facts, warnings} for extract and names skipped files', async () => {
    const r = await cli(['extract', corpus.dir, '--json']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['articles', 'quotes', 'facts', 'warnings']));
    expect(out.articles.map((a: { id: string }) => a.id)).toEqual(['harbour']);
    expect(out.warnings).toEqual([{ file: 'empty.txt', reason: 'empty file' }]);
  });

  it('extracts a single file when given a file path', async () => {
    const r = await cli(['extract', path.join(corpus.dir, 'harbour.txt'), '--json']);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });

  it('exits 2 with a usage line on bad usage', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run cli/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 with a clear message when the corpus folder is missing', async () => {
    const r = await cli(['extract', '/no/such/folder', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
