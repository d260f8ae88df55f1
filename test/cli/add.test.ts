import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES, startNewsSite, type NewsSite } from '../helpers/news-site.js';
import { tempCorpus } from '../helpers/corpus.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

const NOTICE = `Night buses return to the valley line

The night bus between Ashcombe and Kellaway runs again from Friday, after a two-year gap.

"Shift workers have been walking home in the dark for too long," councillor Petra Lund said.
`;

let corpus: { dir: string; cleanup: () => Promise<void> };
let site: NewsSite;
let noticeFile: string;
beforeAll(async () => {
  corpus = await tempCorpus({ 'harbour.txt': 'Harbour plan approved\n\n"We will rebuild the harbour before winter," Mayor Ana Ruiz said on Tuesday.\n' });
  noticeFile = path.join(path.dirname(corpus.dir), 'night-buses.md');
  await writeFile(noticeFile, NOTICE);
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  await corpus.cleanup();
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SEEDS_DIR: corpus.dir, INDEX_PATH: 'none', DISCORD_TOKEN: '', FETCH_ALLOW_PRIVATE: 'true' };
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli.ts', ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cli add and remove', () => {
  it('add <file> --json prints one document with the added article and exits 0', async () => {
    const r = await cli(['add', noticeFile, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc.added)).toEqual(['id', 'title', 'date', 'outlet', 'url', 'quotes', 'facts']);
    expect(doc.added).toMatchObject({ title: 'Night buses return to the valley line', date: null, outlet: null, url: null });
    expect(doc.added.quotes).toBeGreaterThan(0);
    // Nothing in the file dates it, and the report says so.
    expect(doc.warnings.join(' ')).toMatch(/date/i);
    expect(await readdir(corpus.dir)).toContain(`${doc.added.id}.txt`);
    // Not a terminal: progress is plain lines on stderr, never on stdout.
    expect(r.stderr).toMatch(/^Extracting: 1\/1$/m);
  });

  it('add <url> --json takes the title, date and outlet from the page', async () => {
    const r = await cli(['add', site.url(STORIES.jsonLd.path), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toMatchObject({
      title: STORIES.jsonLd.title,
      date: STORIES.jsonLd.date,
      outlet: STORIES.jsonLd.outlet,
      url: site.url(STORIES.jsonLd.path),
    });
  });

  it('the same story again is refused with the reason and exit code 1', async () => {
    const r = await cli(['add', noticeFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Not added: This story is already in the corpus as \S+\.$/m);
  });

  it('a source that is not there is refused with exit code 1, as JSON too', async () => {
    const r = await cli(['add', path.join(corpus.dir, 'missing.txt'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ refused: expect.stringMatching(/neither a web address .* nor a file that exists/) });
  });

  it('remove <id> --json removes the article, and an unknown id exits 1', async () => {
    const id = (await readdir(corpus.dir)).find((n) => n.startsWith('night-buses') || n.includes('valley-line'))!.replace(/\.(txt|json)$/, '');
    const r = await cli(['remove', id, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).removed).toMatchObject({ id, title: 'Night buses return to the valley line' });
    expect((await readdir(corpus.dir)).filter((n) => n.startsWith(id))).toEqual([]);
    const again = await cli(['remove', id]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/^Not removed: No article with the id/);
  });

  it('add with several sources imports each in turn with one progress count, and prints one document', async () => {
    const dir = path.dirname(corpus.dir);
    await writeFile(path.join(dir, 'kiosk.txt'), 'Beach kiosk reopens\n\n"Ice cream is back on the promenade," owner Sunniva Dale said.\n');
    await writeFile(path.join(dir, 'tide.txt'), 'Tide gauge replaced\n\n"The old gauge read high for years," engineer Anders Holm said.\n');
    const r = await cli(['add', path.join(dir, 'kiosk.txt'), path.join(dir, 'tide.txt'), path.join(dir, 'nowhere.txt'), '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.sources.map((s: { added?: { title: string }; refused?: string }) => s.added?.title ?? 'refused')).toEqual([
      'Beach kiosk reopens',
      'Tide gauge replaced',
      'refused',
    ]);
    expect(r.stderr).toMatch(/^Importing: 0\/3$/m);
    expect(r.stderr).toMatch(/^Importing: 3\/3$/m);
  });

  it('add and remove without an argument are usage errors (exit 2)', async () => {
    expect((await cli(['add'])).code).toBe(2);
    expect((await cli(['remove'])).stderr).toMatch(/remove needs an article id/);
  });
});
