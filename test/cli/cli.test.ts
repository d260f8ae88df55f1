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

async function cli(args: string[], stdin?: string, command = TSX, prefix = ['src/cli.ts']): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SEEDS_DIR: corpus.dir, INDEX_PATH: 'none', DISCORD_TOKEN: '' };
  try {
    const child = run(command, [...prefix, ...args], { cwd: ROOT, env });
    child.child.stdin?.end(stdin ?? '');
    const { stdout, stderr } = await child;
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
    expect(r.stderr).toMatch(/usage: npm run -s cli/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 with a clear message when the corpus folder is missing', async () => {
    const r = await cli(['extract', '/no/such/folder', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([['--help'], ['-h'], ['help'], ['ask', '--help']])('prints its usage on stdout and exits 0 for %s', async (...args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run -s cli -- /);
    expect(r.stdout).toMatch(/batch\s+JSON Lines on stdin/);
  });

  it('prints exactly one JSON document when run as the README writes it (npm run -s, no npm banner)', async () => {
    const r = await cli(['sources', '--json'], undefined, 'npm', ['run', '-s', 'cli', '--']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: 'sources', found: true });
  });
});

describe('batch mode', () => {
  const lines = [
    '{"command": "whosaid", "text": "rebuild the harbour"}',
    'not json',
    '{"command": "quote", "text": "harbour", "speaker": "Ana Ruiz"}',
    '',
    '{"command": "frobnicate", "text": "x"}',
    '{"command": "ask", "text": "when was the harbour plan approved?"}',
    '{"command": "sources"}',
    '["ask", "x"]',
  ];

  it('answers each JSON line in order over one index, one JSON line per input line, errors in place', async () => {
    const r = await cli(['batch'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toMatchObject({ command: 'whosaid', found: true, answer: 'Ana Ruiz' });
    expect(out[1]).toEqual({ error: 'not valid JSON' });
    expect(out[2]).toMatchObject({ command: 'quote', found: true });
    expect(out[3]).toEqual({ error: 'empty line' });
    expect(out[4].error).toMatch(/"command" must be one of whosaid, quote, ask, sources/);
    expect(out[5]).toMatchObject({ command: 'ask' });
    expect(out[6]).toMatchObject({ command: 'sources', found: true });
    expect(out[7].error).toMatch(/expected a JSON object/);
  });

  it('gives the same Answer for a line as the single command with --json', async () => {
    const single = JSON.parse((await cli(['whosaid', 'rebuild the harbour', '--json'])).stdout);
    const batch = JSON.parse((await cli(['batch'], '{"command": "whosaid", "text": "rebuild the harbour"}\n')).stdout);
    expect(batch).toEqual(single);
  });
});
