import { tokenize } from './tokens.js';
import { buildGrams, VocabGrams } from './vocab.js';
import type { Slicer } from './slices.js';

/** Everything a TermIndex searches, built once per index. */
export interface TermTables {
  ids: Map<string, number>;
  words: string[];
  /** Term id → ascending record positions. */
  postings: Int32Array[];
  /** Each record's words as term ids, in order; record i spans offsets[i]..offsets[i + 1]. */
  sequence: Int32Array;
  offsets: Int32Array;
  /** The vocabulary in code-point order, for prefix ranges. */
  sorted: string[];
  grams: VocabGrams;
}

/**
 * Builds the tables as a generator that pauses every few hundred records, so the same code
 * runs straight through (start-up, tests) or in time slices beside live answers (reindex).
 */
export function* buildTables(texts: ReadonlyArray<string>): Generator<void, TermTables> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const lists: number[][] = [];
  const sequence: number[] = [];
  const offsets = [0];
  for (let doc = 0; doc < texts.length; doc++) {
    for (const word of tokenize(texts[doc])) {
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        lists.push([]);
      }
      const list = lists[id];
      if (list[list.length - 1] !== doc) list.push(doc);
      sequence.push(id);
    }
    offsets.push(sequence.length);
    if (doc % 256 === 255) yield;
  }
  const postings = lists.map((l) => Int32Array.from(l));
  yield;
  const sorted = [...words].sort();
  yield;
  const grams = yield* buildGrams(words);
  return { ids, words, postings, sequence: Int32Array.from(sequence), offsets: Int32Array.from(offsets), sorted, grams };
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
