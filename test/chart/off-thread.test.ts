import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ChartWorker } from '../../src/chart/off-thread.js';
import type { Chart } from '../../src/model/answer.js';

const CHART: Chart = {
  kind: 'bars',
  title: 'Most quoted on the ferry',
  measure: 'quotations',
  rows: [
    { label: 'Idris Mensah', count: 4 },
    { label: 'Clara Voss', count: 1 },
  ],
};

const worker = new ChartWorker();
afterAll(() => worker.stop());

describe('the chart worker', () => {
  it('draws a chart on its own thread and hands back the PNG and its SVG', async () => {
    const image = await worker.render(CHART);
    const png = PNG.sync.read(image.png);
    expect([png.width, png.height]).toEqual([800, 450]);
    expect(image.svg).toContain('Idris Mensah');
  }, 60_000);

  it('fails the chart it was drawing when it dies, then starts again for the next one', async () => {
    const drawing = worker.render(CHART);
    await worker.stop();
    await expect(drawing).rejects.toThrow(/stopped/);
    const image = await worker.render(CHART);
    expect(PNG.sync.read(image.png).width).toBe(800);
  }, 60_000);
});
