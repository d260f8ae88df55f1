import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runConsole } from '../../src/console/console.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOOD = 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said.\n';
const BINARY = Buffer.from([0x50, 0x4b, 0x00, 0x01]);

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** Opens the console on a corpus of these files, leaves at once, and returns what it printed up to the first prompt. */
async function startConsole(files: Record<string, string | Buffer>): Promise<{ text: string; dir: string }> {
  const c = await tempCorpus(files);
  cleanup = c.cleanup;
  const service = await CoverageService.open({ seedsDir: c.dir, indexPath: null });
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  await runConsole({ service, seedsDir: c.dir, input: Readable.from(['/quit\n']), output });
  await service.drain();
  return { text: text.split('\n> ')[0].replace(/> $/, ''), dir: c.dir };
}

describe('the offline console at start', () => {
  it('names each skipped file and each bad sidecar with its reason, one line each', async () => {
    const { text } = await startConsole({ 'harbour.txt': GOOD, 'harbour.json': '{not json', 'blob.txt': BINARY, 'blank.txt': ' \n' });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^coverage-bot \(offline console\): 1 articles/);
    expect(lines).toContain('  - blank.txt: empty file');
    expect(lines).toContain('  - blob.txt: binary file (contains NUL bytes)');
    expect(lines).toContain('  - harbour.json: sidecar ignored: not valid JSON');
    expect(lines.at(-1)).toMatch(/^Type \/help for commands/);
  });

  it('shows ten warnings when there are more, then how many more and where to see them all', async () => {
    const files: Record<string, string | Buffer> = { 'harbour.txt': GOOD };
    for (let i = 10; i < 35; i++) files[`blob-${i}.txt`] = BINARY;
    const { text } = await startConsole(files);
    const listed = text.split('\n').filter((l) => l.startsWith('  - '));
    expect(listed).toHaveLength(10);
    expect(text).toContain('  …and 15 more; /reindex lists them all.');
  });

  it('says the corpus folder has no articles and what to do', async () => {
    const { text, dir } = await startConsole({ 'notes.csv': 'a,b' });
    expect(text).toContain(`No articles: ${dir} has no .txt or .md files. Add articles there (or set SEEDS_DIR to another folder), then type /reindex.`);
  });

  it('says no file could be read as an article when every one was skipped', async () => {
    const { text } = await startConsole({ 'blob.txt': BINARY, 'blank.txt': ' \n' });
    expect(text).toContain('  - blob.txt: binary file (contains NUL bytes)');
    expect(text).toMatch(/No readable articles: none of the 2 files in .* could be loaded \(see above\)\. Fix or replace them, then type \/reindex\./);
  });

  it('adds nothing between the counts and the help line when every file loaded', async () => {
    const { text } = await startConsole({ 'harbour.txt': GOOD, 'harbour.json': JSON.stringify({ outlet: 'The Ledger' }) });
    expect(text.split('\n')).toHaveLength(2);
  });
});

describe('npm start without a token', () => {
  it('says at start that the corpus folder is empty', async () => {
    const c = await tempCorpus({});
    cleanup = c.cleanup;
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('npm', ['start', '--silent'], {
        cwd: ROOT,
        env: { ...process.env, DISCORD_TOKEN: '', SEEDS_DIR: c.dir, INDEX_PATH: 'none', NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(text));
      child.stdin.end('/quit\n');
    });
    expect(out).toContain(`No articles: ${c.dir} has no .txt or .md files.`);
  });
});
