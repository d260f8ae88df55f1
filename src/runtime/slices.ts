import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** Longest stretch of work before answers get their turn on the main thread. */
const SLICE_MS = 8;
const CHUNK_CHARS = 4 * 2 ** 20;

/** Cooperative time slicing: call `maybeYield` often; it yields once the slice is used up. */
export class Slicer {
  private started = performance.now();

  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return;
    await yieldToEventLoop();
    this.started = performance.now();
  }
}

/**
 * JSON.stringify of an object whose large members are arrays, in a few-MB chunks, yielding
 * between items: the concatenation is byte-for-byte what JSON.stringify(value) returns, but a
 * 100 MB index no longer stalls every answer for a second while it is saved. `prepare` may
 * turn each array item into the value to store in its place.
 */
export async function stringifyInChunks(value: object, slicer = new Slicer(), prepare?: (member: string, item: unknown) => unknown): Promise<string[]> {
  const chunks: string[] = [];
  let pending: string[] = [];
  let size = 0;
  const emit = (s: string): void => {
    pending.push(s);
    size += s.length;
    if (size < CHUNK_CHARS) return;
    chunks.push(pending.join(''));
    pending = [];
    size = 0;
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  emit('{');
  for (const [i, [key, member]] of entries.entries()) {
    emit(`${i ? ',' : ''}${JSON.stringify(key)}:`);
    if (!Array.isArray(member)) {
      emit(JSON.stringify(member));
      continue;
    }
    emit('[');
    for (let j = 0; j < member.length; j++) {
      emit(`${j ? ',' : ''}${JSON.stringify(prepare ? prepare(key, member[j]) : member[j]) ?? 'null'}`);
      await slicer.maybeYield();
    }
    emit(']');
  }
  emit('}');
  chunks.push(pending.join(''));
  return chunks;
}

/** Runs a stepwise job (a generator that yields where it may pause) straight through. */
export function runNow<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs a stepwise job, handing the thread back whenever `slicer` says the slice is used up. */
export async function runSliced<T>(steps: Generator<void, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await slicer.maybeYield();
  }
}
