import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { answerCommand } from '../../src/answer/commands.js';
import { FONT_FILES, renderChart, type ChartImage } from '../../src/chart/render.js';
import { CARD, CHART_HEIGHT, CHART_WIDTH, PALETTE } from '../../src/chart/spec.js';
import { altText } from '../../src/chart/table.js';
import type { CoverageIndex } from '../../src/index/build.js';
import type { Chart } from '../../src/model/answer.js';
import { indexFolder, tempCorpus } from '../helpers/corpus.js';
import { CHART_ARTICLES } from './corpus.js';

let index: CoverageIndex;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CHART_ARTICLES);
  cleanup = corpus.cleanup;
  index = await indexFolder(corpus.dir);
});
afterAll(async () => {
  await cleanup?.();
});

function chartOf(name: 'speaker' | 'speakers' | 'timeline', args: string[]): Chart {
  const chart = answerCommand(index, name, args).chart;
  if (!chart) throw new Error(`/${name} drew no chart`);
  return chart;
}

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels of the decoded PNG within `tolerance` of a colour, in a region (whole image by default). */
function pixelsNear(png: PNG, colour: string, tolerance = 24, region = { x: 0, y: 0, w: png.width, h: png.height }): number {
  const [r, g, b] = hex(colour);
  let n = 0;
  for (let y = region.y; y < region.y + region.h; y++)
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i] - r) <= tolerance && Math.abs(png.data[i + 1] - g) <= tolerance && Math.abs(png.data[i + 2] - b) <= tolerance) n++;
    }
  return n;
}

async function decoded(chart: Chart): Promise<{ image: ChartImage; png: PNG }> {
  const image = await renderChart(chart);
  return { image, png: PNG.sync.read(image.png) };
}

describe('chart images', () => {
  it('the share-of-voice chart is a PNG of Discord embed size with the bars and the speakers named', async () => {
    const { image, png } = await decoded(chartOf('speakers', []));
    expect(image.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    // Not blank: a good share of the card is bar colour, and its text is drawn in the card's ink.
    expect(pixelsNear(png, PALETTE[0])).toBeGreaterThan(png.width * png.height * 0.05);
    expect(pixelsNear(png, CARD.text, 40)).toBeGreaterThan(500);
    for (const label of ['Hana Sorensen', 'Priya Nandakumar', 'Sam Okoro', 'quotations']) expect(image.svg).toContain(label);
  });

  it('the title is drawn as glyphs from the bundled font (text pixels in the title band)', async () => {
    const { png } = await decoded(chartOf('speakers', []));
    expect(FONT_FILES.every((f) => f.endsWith('.ttf'))).toBe(true);
    expect(pixelsNear(png, CARD.text, 60, { x: 0, y: 0, w: 400, h: 50 })).toBeGreaterThan(200);
  });

  it('the timeline stacks outlets in distinct colours and marks the days sources differ', async () => {
    const { image, png } = await decoded(chartOf('timeline', ['bridge']));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const coloured = PALETTE.slice(0, 3).filter((c) => pixelsNear(png, c, 16) > 500);
    expect(coloured).toHaveLength(3);
    for (const label of ['Brackwater Echo', 'Valley Courier', 'Riverside Post', '2025-03-06', 'articles', 'quotations', 'sources differ'])
      expect(image.svg).toContain(label);
  });

  it("a speaker's profile chart names the words they are quoted on", async () => {
    const { image } = await decoded(chartOf('speaker', ['Hana Sorensen']));
    expect(image.svg).toContain('What Hana Sorensen is quoted on');
    expect(image.svg).toContain('bridge');
  });

  it('the alt text says what the chart is and carries its numbers', () => {
    const alt = altText(chartOf('speakers', []));
    expect(alt).toMatch(/^Horizontal bar chart\. Most quoted speakers\./);
    expect(alt).toContain('Hana Sorensen: 3');
    expect(altText(chartOf('timeline', ['bridge']))).toContain('2025-03-04 ⚠: 1 article (Valley Courier 1), 3 quotations');
  });

  it('a label full of markup and odd characters is drawn as text, not read as SVG', async () => {
    const chart: Chart = {
      kind: 'bars',
      title: 'Odd <names> & "quotes"',
      measure: 'quotations',
      rows: [{ label: '</text><script>x</script> & Ünïcödé', count: 2 }],
    };
    const { image, png } = await decoded(chart);
    expect(image.svg).not.toContain('<script>');
    expect(png.width).toBe(CHART_WIDTH);
  });
});
