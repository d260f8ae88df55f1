import { parentPort } from 'node:worker_threads';
import type { Chart } from '../model/answer.js';
import { renderChart } from './render.js';

/** The chart worker: draws each chart it is sent and posts the image back under the same id. */
parentPort?.on('message', async (msg: { id: number; chart: Chart }) => {
  try {
    const image = await renderChart(msg.chart);
    parentPort?.postMessage({ id: msg.id, image });
  } catch (err) {
    parentPort?.postMessage({ id: msg.id, error: (err as Error)?.message ?? String(err) });
  }
});
