import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract/index.js';
import { extractFacts } from '../src/extract/facts.js';
import { extractQuotes } from '../src/extract/quotes.js';
import type { Article } from '../src/model/article.js';
import { parseUncut } from '../src/nlp/parse.js';
import { asArticle, SHAPES, shapeText, type Shape } from './shapes.js';

/**
 * npx tsx bench/pathological.ts  (also part of `npm run bench`)
 * Seconds per MB and peak memory of extracting one article, ordinary prose against the shapes that
 * made extraction superlinear, at 64 KB, 256 KB and 1 MB; each in a fresh process, so peak RSS is
 * that article's. "uncut" is the old behaviour (the whole article in one compromise call), at
 * 64 KB only: larger sizes took minutes.
 */
const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];
const OLD_SIZES = [64 * 1024];
type Mode = 'pieces' | 'uncut';

export interface PathologicalRow {
  shape: Shape;
  bytes: number;
  mode: Mode;
  seconds: number;
  secondsPerMB: number;
  peakMB: number;
}

/** Child side: extract one generated article and print the measurement as JSON. */
function measureHere(shape: Shape, bytes: number, mode: Mode): PathologicalRow {
  const article = asArticle('bench', shapeText(shape, bytes));
  // compromise builds its lexicon and the engine compiles the tagger on first use: not the article's cost
  extractArticle(asArticle('warm-up', shapeText('prose', 4096)));
  const t = performance.now();
  if (mode === 'uncut') extractUncut(article);
  else extractArticle(article);
  const seconds = (performance.now() - t) / 1000;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  return { shape, bytes, mode, seconds, secondsPerMB: seconds / (bytes / (1024 * 1024)), peakMB };
}

/** What extractArticle does, with the old parse of the whole text in one compromise call. */
function extractUncut(article: Article): void {
  const sentences = parseUncut(article.text);
  const { entities } = extractQuotes(article, sentences);
  extractFacts(article, sentences, entities);
}

function measureInChild(shape: Shape, bytes: number, mode: Mode): PathologicalRow {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', shape, String(bytes), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as PathologicalRow;
}

export function benchPathological(log: (msg: string) => void = () => undefined): PathologicalRow[] {
  const rows: PathologicalRow[] = [];
  for (const shape of SHAPES) {
    for (const bytes of SIZES) {
      rows.push(measureInChild(shape, bytes, 'pieces'));
      log(row(rows.at(-1)!));
    }
    for (const bytes of OLD_SIZES) {
      rows.push(measureInChild(shape, bytes, 'uncut'));
      log(row(rows.at(-1)!));
    }
  }
  return rows;
}

function row(r: PathologicalRow): string {
  return `| ${r.shape} | ${r.bytes / 1024} KB | ${r.mode} | ${r.seconds.toFixed(2)} | ${r.secondsPerMB.toFixed(1)} | ${r.peakMB.toFixed(0)} |`;
}

export function pathologicalTable(rows: readonly PathologicalRow[]): string {
  const head = '| shape | size | parse | seconds | s/MB | peak RSS MB |\n|---|---|---|---|---|---|';
  return [head, ...rows.map(row)].join('\n');
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  process.stdout.write(`${JSON.stringify(measureHere(args[1] as Shape, Number(args[2]), args[3] as Mode))}\n`);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchPathological((msg) => process.stderr.write(`${msg}\n`));
  process.stdout.write(`\n${pathologicalTable(rows)}\n`);
}
