import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerCommand } from '../src/answer/commands.js';
import { renderChart } from '../src/chart/render.js';
import { loadCorpus } from '../src/corpus/load.js';
import { buildIndexData, openIndex } from '../src/index/build.js';
import { CHART_ARTICLES } from '../test/chart/corpus.js';

/**
 * `npm run -s chart-images`: the README's example charts (docs/images/*.png), drawn by the bot's own
 * renderer from the chart tests' small corpus (written for the tests), so they change only when
 * the charts do. Never edited by hand.
 */
const OUT = fileURLToPath(new URL('../docs/images/', import.meta.url));
const EXAMPLES = [
  { file: 'speaker.png', command: 'speaker', args: ['Hana Sorensen'] },
  { file: 'speakers.png', command: 'speakers', args: [] },
  { file: 'timeline.png', command: 'timeline', args: ['bridge'] },
] as const;

const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-charts-'));
try {
  for (const [name, text] of Object.entries(CHART_ARTICLES)) await writeFile(path.join(dir, name), text);
  const corpus = await loadCorpus(dir);
  const index = openIndex(await buildIndexData(corpus.articles, corpus.warnings, null));
  await mkdir(OUT, { recursive: true });
  for (const e of EXAMPLES) {
    const chart = answerCommand(index, e.command, [...e.args]).chart;
    if (!chart) throw new Error(`/${e.command} ${e.args.join(' ')} drew no chart`);
    const image = await renderChart(chart);
    await writeFile(path.join(OUT, e.file), image.png);
    process.stdout.write(`docs/images/${e.file}: /${e.command} ${e.args.join(' ')} (${image.width}×${image.height}, ${image.png.length} bytes)\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
