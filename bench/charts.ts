import { performance } from 'node:perf_hooks';
import { answerCommand } from '../src/answer/commands.js';
import { quotedSpeakers } from '../src/answer/speakers.js';
import { chartWorker } from '../src/chart/off-thread.js';
import { chartSvg, renderChart } from '../src/chart/render.js';
import { chartLines } from '../src/chart/table.js';
import type { CoverageIndex } from '../src/index/build.js';
import type { Answer } from '../src/model/answer.js';
import { renderText } from '../src/render/text.js';

/** One chart command measured: the core's answer, the image (layout to SVG, then PNG), and the text table beside it. */
export interface ChartBench {
  size: number;
  command: string;
  rows: number;
  /** Medians over RUNS runs, in ms. */
  answerMs: number;
  svgMs: number;
  pngMs: number;
  /** The whole image: layout and rasterising (what the Discord reply waits for after the answer). */
  imageMs: number;
  imageMaxMs: number;
  /** The whole image drawn on the chart worker, as the Discord face does: the round trip the reply waits for. */
  workerMs: number;
  /** The alternative: the same numbers as a text table (console face and embed rows). */
  textMs: number;
  pngBytes: number;
}

const RUNS = 7;

/** The chart commands on an index: share of voice overall and on a topic, a timeline, the most quoted speaker's profile. */
export async function benchCharts(index: CoverageIndex, topic: string, log: (msg: string) => void): Promise<ChartBench[]> {
  const top = quotedSpeakers(index, '', 1)[0]?.record.name ?? '';
  const cases: Array<[string, 'speakers' | 'timeline' | 'speaker', string[]]> = [
    ['/speakers', 'speakers', []],
    [`/speakers ${topic}`, 'speakers', [topic]],
    [`/timeline ${topic}`, 'timeline', [topic]],
    ['/speaker (most quoted)', 'speaker', [top]],
  ];
  // The first chart loads Vega and the font: measured runs start warm, as on a running bot.
  const warm = answerCommand(index, 'speakers', []).chart;
  if (warm) {
    await renderChart(warm);
    await chartWorker.render(warm);
  }
  const out: ChartBench[] = [];
  for (const [label, name, args] of cases) {
    let answer: Answer | null = null;
    const answerMs = median(await times(() => (answer = answerCommand(index, name, args))));
    const chart = (answer as Answer | null)?.chart;
    if (!chart) {
      log(`charts: ${label} drew no chart (${(answer as Answer | null)?.message ?? 'no answer'})`);
      continue;
    }
    const svg = await times(() => chartSvg(chart));
    let bytes = 0;
    const image = await times(async () => {
      bytes = (await renderChart(chart)).png.length;
    });
    const viaWorker = await times(() => chartWorker.render(chart));
    const text = await times(() => {
      renderText(answer as Answer);
      chartLines(chart);
    });
    const row: ChartBench = {
      size: index.data.articles.length,
      command: label,
      rows: chart.rows.length,
      answerMs,
      svgMs: median(svg),
      pngMs: Math.max(0, median(image) - median(svg)),
      imageMs: median(image),
      imageMaxMs: Math.max(...image),
      workerMs: median(viaWorker),
      textMs: median(text),
      pngBytes: bytes,
    };
    log(
      `charts: ${label}: answer ${row.answerMs.toFixed(1)} ms, image ${row.imageMs.toFixed(1)} ms (max ${row.imageMaxMs.toFixed(1)}), text ${row.textMs.toFixed(2)} ms`,
    );
    out.push(row);
  }
  await chartWorker.stop();
  return out;
}

async function times(run: () => unknown): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function chartTable(rows: readonly ChartBench[]): string {
  const head = [
    '| articles | command | chart rows | answer (core) | image: layout to SVG + PNG = total (max) | image on the chart worker (as Discord) | text table instead | PNG size |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const f = (n: number): string => n.toFixed(n < 10 ? 1 : 0);
  return [
    ...head,
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.command} | ${r.rows} | ${f(r.answerMs)} ms | ${f(r.svgMs)} + ${f(r.pngMs)} = ${f(r.imageMs)} ms (${f(r.imageMaxMs)}) | ${f(r.workerMs)} ms | ${r.textMs.toFixed(2)} ms | ${(r.pngBytes / 1024).toFixed(0)} KB |`,
    ),
  ].join('\n');
}
