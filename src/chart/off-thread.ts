import { Worker } from 'node:worker_threads';
import type { Chart } from '../model/answer.js';
import type { ChartImage } from './render.js';

/** Longer than any chart takes (see `npm run bench`): past it the chart counts as failed, not pending forever. */
const TIMEOUT_MS = 15_000;

interface Pending {
  resolve: (image: ChartImage) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Draws charts on one worker thread, started on first use and kept: the Vega layout is a few
 * hundred milliseconds of JavaScript on a busy machine, which the thread answering interactions
 * should not spend. A worker that dies fails the charts it was drawing (their answers fall back to
 * text) and is started again for the next one.
 */
export class ChartWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  render(chart: Chart): Promise<ChartImage> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<ChartImage>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(id, new Error(`the chart took longer than ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      // Held while it draws, let go when idle (see start).
      worker.ref();
      worker.postMessage({ id, chart });
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const entry = new URL('./worker.ts', import.meta.url).href;
    const worker = new Worker(new URL('../runtime/worker-shim.mjs', import.meta.url), { workerData: { entry }, execArgv: [] });
    worker.on('message', (msg: { id: number; image?: ChartImage; error?: string }) => {
      if (msg.image) this.settle(msg.id, null, { ...msg.image, png: Buffer.from(msg.image.png) });
      else this.settle(msg.id, new Error(msg.error ?? 'the chart worker sent nothing'));
    });
    const fail = (err: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const id of [...this.pending.keys()]) this.settle(id, err);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the chart worker stopped (exit code ${code})`)));
    // Idle, it must not keep the process alive (a CLI run or a test ends when its work does);
    // after the listeners, which would otherwise hold it again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(id: number, err: Error | null, image?: ChartImage): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (this.pending.size === 0) this.worker?.unref();
    if (err || !image) p.reject(err ?? new Error('no image'));
    else p.resolve(image);
  }
}

/** The process's chart worker. */
export const chartWorker = new ChartWorker();
