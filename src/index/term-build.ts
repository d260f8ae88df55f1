import { buildGrams, type VocabGrams } from './vocab.js';
import type { Slicer } from './slices.js';

/** Everything a TermIndex searches, built once per index. */
export interface TermTables {
  ids: Map<string, number>;
  words: string[];
  /** All postings back to back (ascending record positions); term t's are from[t]..from[t + 1]. */
  postings: Int32Array;
  from: Int32Array;
  /** Each record's words as term ids, in order (record i spans offsets[i]..offsets[i + 1]); empty when not kept. */
  sequence: Int32Array;
  offsets: Int32Array;
  /** The vocabulary in code-point order, for prefix ranges. */
  sorted: string[];
  grams: VocabGrams;
}

/** A typed array that grows: millions of small JS arrays were most of the build time (GC). */
class IntList {
  data = new Int32Array(1 << 12);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i];
  }

  set(i: number, v: number): void {
    while (i >= this.data.length) this.push(0);
    this.data[i] = v;
  }
}

/**
 * Builds the tables as a generator that pauses every few hundred records, so the same code
 * runs straight through (start-up, tests) or in time slices beside live answers (reindex).
 */
export function* buildTables(count: number, wordsOf: (record: number) => string[], keepSequence: boolean): Generator<void, TermTables> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const sequence = new IntList();
  const offsets = new Int32Array(count + 1);
  const df = new IntList();
  const lastDoc = new IntList();
  for (let doc = 0; doc < count; doc++) {
    for (const word of wordsOf(doc)) {
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        df.push(0);
        lastDoc.push(0);
      }
      sequence.push(id);
      if (lastDoc.at(id) !== doc + 1) {
        lastDoc.set(id, doc + 1);
        df.set(id, df.at(id) + 1);
      }
    }
    offsets[doc + 1] = sequence.length;
    if (doc % 256 === 255) yield;
  }
  const { postings, from } = invert(sequence, offsets, df, words.length);
  yield;
  const sorted = [...words].sort();
  yield;
  const grams = yield* buildGrams(words);
  const kept = keepSequence ? sequence.data.slice(0, sequence.length) : new Int32Array(0);
  return { ids, words, postings, from, sequence: kept, offsets: keepSequence ? offsets : new Int32Array(0), sorted, grams };
}

/** Records per term, from terms per record: counting sort into one flat array. */
function invert(sequence: IntList, offsets: Int32Array, df: IntList, terms: number): { postings: Int32Array; from: Int32Array } {
  const from = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) from[t + 1] = from[t] + df.at(t);
  const cursor = from.slice(0, terms);
  const postings = new Int32Array(from[terms]);
  const last = new Int32Array(terms);
  for (let doc = 0; doc + 1 < offsets.length; doc++) {
    for (let k = offsets[doc]; k < offsets[doc + 1]; k++) {
      const t = sequence.at(k);
      if (last[t] === doc + 1) continue;
      last[t] = doc + 1;
      postings[cursor[t]++] = doc;
    }
  }
  return { postings, from };
}

export function runNow<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export async function runSliced<T>(steps: Generator<void, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await slicer.maybeYield();
  }
}
