import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { answerCommand } from '../../src/answer/commands.js';
import { renderAnswer } from '../../src/discord/render.js';
import type { CoverageIndex } from '../../src/index/build.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import { indexFolder, tempCorpus } from '../helpers/corpus.js';
import { CHART_ARTICLES } from './corpus.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

let index: CoverageIndex;
let corpus: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  corpus = await tempCorpus(CHART_ARTICLES);
  index = await indexFolder(corpus.dir);
});
afterAll(async () => {
  await corpus?.cleanup();
});

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

describe('the console face', () => {
  it('prints share of voice as a text bar chart, longest bar for the most quoted', () => {
    const text = renderText(answerCommand(index, 'speakers', []));
    const lines = text.split('\n').filter((l) => l.includes('█'));
    expect(lines[0]).toMatch(/^Hana Sorensen\s+█+ 3$/);
    expect(lines.find((l) => l.startsWith('Sam Okoro'))).toMatch(/█+▌? 1$/);
    expect(lines[0].split('█').length).toBeGreaterThan(lines[lines.length - 1].split('█').length);
  });

  it('prints the timeline per day with the days sources differ on marked and explained', () => {
    const text = renderText(answerCommand(index, 'timeline', ['bridge']));
    expect(text).toMatch(/^2025-03-04 █+ 1 article, 3 quotations {2}⚠ sources differ$/m);
    expect(text).toMatch(/^2025-03-06 +0 articles, 0 quotations$/m);
    expect(text).toContain('⚠ 2025-03-04: 4 million pounds');
  });

  it('reads /speakers with an outlet the way Discord shows options', () => {
    expect(parseConsoleLine('/speakers bridge outlet: Valley Courier')).toEqual({ kind: 'query', name: 'speakers', args: ['bridge', 'Valley Courier'] });
    expect(parseConsoleLine('/speakers')).toEqual({ kind: 'query', name: 'speakers', args: ['', ''] });
  });
});

describe('the JSON face', () => {
  it('returns the chart series whole, beside the answer', () => {
    const answer = answerCommand(index, 'timeline', ['bridge']);
    const doc = JSON.parse(renderJson(answer));
    expect(doc.chart.rows).toEqual(answer.chart?.rows);
    expect(doc.chart.flags.length).toBeGreaterThan(0);
    expect(doc.results[0].passage.text).toContain('million pounds');
  });
});

describe('the Discord face without an image', () => {
  it('lists the rows as text, so nothing depends on the picture', () => {
    const msg = renderAnswer(answerCommand(index, 'speakers', []), { stamp: 'st4mp1' });
    const rows = msg.embeds[0].fields?.find((f) => f.name.startsWith('quotations'))?.value ?? '';
    // Escaped so Discord shows "1." as written rather than starting a list of its own.
    expect(rows.split('\n')[0]).toBe('1\\. Hana Sorensen: 3');
    expect(msg.files).toBeUndefined();
    expect(msg.embeds[0].image).toBeUndefined();
  });
});

describe('the CLI', () => {
  it('--png writes the chart beside the text answer, with --outlet narrowing it', async () => {
    const file = path.join(corpus.dir, '..', 'speakers.png');
    const r = await cli(['speakers', '--outlet', 'Valley Courier', '--png', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Most quoted in Valley Courier');
    expect(r.stderr).toContain(`Chart written to ${file} (800×450)`);
    const png = PNG.sync.read(await readFile(file));
    expect([png.width, png.height]).toEqual([800, 450]);
  }, 60_000);

  it('--png on a command that draws nothing says so and still answers', async () => {
    const r = await cli(['whosaid', 'largest job this council', '--png', path.join(corpus.dir, '..', 'none.png')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hana Sorensen');
    expect(r.stderr).toContain('No chart to write');
  }, 60_000);
});
