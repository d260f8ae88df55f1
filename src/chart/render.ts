import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { Chart } from '../model/answer.js';
import { CARD, CHART_HEIGHT, CHART_WIDTH, FONT_FAMILY, chartSpec } from './spec.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/**
 * The font travels with the package (DejaVu, free licence, in node_modules): a server with no
 * fonts installed draws the same text, and system fonts are never read, so every machine agrees.
 */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(FONT_DIR, f));

export interface ChartImage {
  png: Buffer;
  /** The SVG the PNG was drawn from: its text is the chart's text layer. */
  svg: string;
  width: number;
  height: number;
}

/** The chart as SVG, laid out by Vega-Lite and Vega without a browser or canvas. */
export async function chartSvg(chart: Chart): Promise<string> {
  const vega = compile(chartSpec(chart)).spec;
  const view = new View(parse(vega), { renderer: 'none', logLevel: 0 });
  try {
    return fitCard(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * The chart drawn to a PNG of Discord's embed size. The rasterising runs on libuv's thread pool
 * (resvg's renderAsync), not on the thread that answers interactions; the layout before it is
 * a few milliseconds of JavaScript (see `npm run bench`).
 */
export async function renderChart(chart: Chart): Promise<ChartImage> {
  const svg = await chartSvg(chart);
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: CHART_WIDTH },
    background: CARD.background,
  });
  return { png: image.asPng(), svg, width: image.width, height: image.height };
}

/**
 * Vega sizes the SVG to its content; Discord wants one size. The drawing keeps its proportions,
 * centred on a card of exactly CHART_WIDTH × CHART_HEIGHT.
 */
function fitCard(svg: string): string {
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('Vega produced no SVG root element.');
  const w = Number(open[0].match(/\bwidth="([\d.]+)"/)?.[1] ?? CHART_WIDTH);
  const h = Number(open[0].match(/\bheight="([\d.]+)"/)?.[1] ?? CHART_HEIGHT);
  const viewBox = open[0].match(/\bviewBox="([^"]*)"/)?.[1] ?? `0 0 ${w} ${h}`;
  const inner = `<svg x="0" y="0" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${CARD.background}"/>${inner}${svg.slice(open[0].length)}</svg>`
  );
}
