import { setImmediate as tick } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A real forced GC inside the test worker, which vitest does not start with --expose-gc: the
 * flag can still be turned on at run time, and a fresh context then exposes `gc`.
 */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const gc = exposeGc();

/** heapUsed after letting pending callbacks run and collecting garbage until it stops shrinking. */
export async function settledHeap(): Promise<number> {
  let last = Infinity;
  for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 5; j++) await tick();
    gc();
    const used = process.memoryUsage().heapUsed;
    if (used >= last - 64 * 1024) return used;
    last = used;
  }
  return last;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
