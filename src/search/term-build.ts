import { Vocabulary } from './vocab.js';

/** Everything a TermIndex searches, built once per index. */
export interface TermTables {
  vocab: Vocabulary;
  /** All postings back to back (ascending record positions); term t's are from[t]..from[t + 1]. */
  postings: Int32Array;
  from: Int32Array;
  /** Each record's words as term ids, in order (record i spans offsets[i]..offsets[i + 1]); empty when not kept. */
  sequence: Int32Array;
  offsets: Int32Array;
}

/** An earlier build over mostly the same records, whose unchanged records need no tokenizing. */
export interface Earlier {
  vocab: Vocabulary;
  sequence: Int32Array;
  offsets: Int32Array;
  postings: Int32Array;
  from: Int32Array;
  /** Per record, the earlier record indexed by exactly the same words, or -1 when it must be tokenized. */
  source: Int32Array;
}

/** A typed array that grows: millions of small JS arrays were most of the build time (GC). */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }

  push(v: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = v;
  }

  append(from: Int32Array, start: number, end: number): void {
    this.reserve(end - start);
    this.data.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  private reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + more));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}

/** Work between pauses, in copied records; tokenizing one costs about as much as copying this many. */
const SLICE_WORK = 4096;
const TOKENIZE_COST = 16;

/**
 * Builds the tables as a generator that pauses every few hundred records, so the same code
 * runs straight through (start-up, tests) or in time slices beside live answers (reindex).
 * With `earlier`, records it vouches for take their term ids from it instead of `wordsOf`; the
 * result is then the same index as a fresh build but for the numbering of terms, which no
 * answer depends on (see TermIndex).
 */
export function* buildTables(count: number, wordsOf: (record: number) => string[], keepSequence: boolean, earlier?: Earlier): Generator<void, TermTables> {
  const { sequence, offsets, added } = yield* assemble(count, wordsOf, earlier);
  const known = earlier?.vocab.words ?? [];
  const terms = known.length + added.length;
  const carried = earlier && inOrder(earlier.source) ? yield* carryPostings(earlier, sequence.data, offsets, terms) : null;
  const inverted = carried ?? (yield* invert(sequence.data, offsets, yield* countRecords(sequence.data, offsets, terms)));
  // Words only removed or changed records held: a fresh build would not know them.
  const remap = dropUnused(inverted.from);
  if (remap) yield* renumber(sequence, remap);
  const all = known.length ? [...known, ...added] : added;
  const words = remap ? all.filter((_, id) => remap[id] >= 0) : all;
  const from = remap ? inverted.from.filter((_, t) => t === 0 || remap[t - 1] >= 0) : inverted.from;
  const vocab = earlier ? yield* earlier.vocab.next(remap ? remap.subarray(0, known.length) : null, words) : yield* Vocabulary.fresh(words);
  const kept = keepSequence ? fit(sequence.data, sequence.length) : new Int32Array(0);
  return { vocab, postings: inverted.postings, from, sequence: kept, offsets: keepSequence ? offsets : new Int32Array(0) };
}

/** The first `length` values, copied only when the spare room is worth giving back. */
function fit(data: Int32Array, length: number): Int32Array {
  return data.length - length > Math.max(4096, length >> 4) ? data.slice(0, length) : data.subarray(0, length);
}

interface Assembled {
  /** Term ids: the earlier vocabulary's, then `added` in order of first use. */
  sequence: IntList;
  offsets: Int32Array;
  added: string[];
}

/** Every record's words as term ids, copied in runs from `earlier` where it vouches for them. */
function* assemble(count: number, wordsOf: (record: number) => string[], earlier?: Earlier): Generator<void, Assembled> {
  const sequence = new IntList((earlier?.sequence.length ?? 0) + 4096);
  const offsets = new Int32Array(count + 1);
  const ids = new Map<string, number>();
  const added: string[] = [];
  const known = earlier?.vocab.size ?? 0;
  const idOf = (word: string): number => {
    let id = earlier?.vocab.id(word) ?? ids.get(word);
    if (id === undefined) {
      id = known + added.length;
      ids.set(word, id);
      added.push(word);
    }
    return id;
  };
  let work = 0;
  for (let doc = 0; doc < count; ) {
    const run = earlier ? copyRun(earlier, doc, count, sequence, offsets) : 0;
    if (run === 0) {
      for (const word of wordsOf(doc)) sequence.push(idOf(word));
      offsets[doc + 1] = sequence.length;
    }
    doc += Math.max(run, 1);
    work += run || TOKENIZE_COST;
    if (work >= SLICE_WORK) {
      work = 0;
      yield;
    }
  }
  return { sequence, offsets, added };
}

/** Copies the records from `doc` on that `earlier` holds in the same order; returns how many. */
function copyRun(earlier: Earlier, doc: number, count: number, sequence: IntList, offsets: Int32Array): number {
  const { source, offsets: before } = earlier;
  const first = source[doc];
  if (first < 0) return 0;
  let end = doc + 1;
  while (end < count && end - doc < SLICE_WORK && source[end] === first + (end - doc)) end++;
  const shift = sequence.length - before[first];
  sequence.append(earlier.sequence, before[first], before[first + end - doc]);
  for (let d = doc; d < end; d++) offsets[d + 1] = before[first + d - doc + 1] + shift;
  return end - doc;
}

/** How many of `docs` (all records when absent) hold each term: a record counts once however often it repeats a word. */
function* countRecords(sequence: Int32Array, offsets: Int32Array, terms: number, docs?: Int32Array): Generator<void, Int32Array> {
  const counts = new Int32Array(terms);
  yield* eachRecordTerm(sequence, offsets, terms, docs, (_doc, t) => counts[t]++);
  return counts;
}

/** Calls `visit` once per (record, term) the record holds, records in `docs` order (all when absent). */
function* eachRecordTerm(
  sequence: Int32Array,
  offsets: Int32Array,
  terms: number,
  docs: Int32Array | undefined,
  visit: (doc: number, term: number) => void,
): Generator<void, void> {
  const last = new Int32Array(terms);
  const n = docs ? docs.length : offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const doc = docs ? docs[i] : i;
    for (let k = offsets[doc]; k < offsets[doc + 1]; k++) {
      const t = sequence[k];
      if (last[t] === doc + 1) continue;
      last[t] = doc + 1;
      visit(doc, t);
    }
    if (i % SLICE_WORK === SLICE_WORK - 1) yield;
  }
}

/** New ids, in the same order, for the terms some record holds (-1 for the rest); null when all are held. */
function dropUnused(from: Int32Array): Int32Array | null {
  const terms = from.length - 1;
  let held = 0;
  for (let t = 0; t < terms; t++) if (from[t + 1] > from[t]) held++;
  if (held === terms) return null;
  const remap = new Int32Array(terms);
  let next = 0;
  for (let t = 0; t < terms; t++) remap[t] = from[t + 1] > from[t] ? next++ : -1;
  return remap;
}

/** Whether the reused records keep their earlier order, so that renumbered postings stay ascending. */
function inOrder(source: Int32Array): boolean {
  let last = -1;
  for (const s of source) {
    if (s < 0) continue;
    if (s <= last) return false;
    last = s;
  }
  return true;
}

/**
 * The postings without re-reading every record: each term's earlier postings renumbered to the
 * records now (records gone dropped), merged with those of the records tokenized this time.
 * The same lists as `invert` gives, at the cost of a sequential pass over the earlier postings.
 */
function* carryPostings(earlier: Earlier, sequence: Int32Array, offsets: Int32Array, terms: number): Generator<void, Inverted> {
  const now = new Int32Array(earlier.offsets.length - 1).fill(-1);
  const fresh = new Int32Array(offsets.length);
  let freshCount = 0;
  for (let doc = 0; doc + 1 < offsets.length; doc++) {
    if (earlier.source[doc] >= 0) now[earlier.source[doc]] = doc;
    else fresh[freshCount++] = doc;
  }
  const added = yield* invert(sequence, offsets, yield* countRecords(sequence, offsets, terms, fresh.subarray(0, freshCount)), fresh.subarray(0, freshCount));
  const known = earlier.from.length - 1;
  const postings = new Int32Array(Math.min(earlier.postings.length, earlier.from[known]) + added.postings.length);
  const from = new Int32Array(terms + 1);
  let w = 0;
  for (let t = 0; t < terms; t++) {
    let a = t < known ? earlier.from[t] : 0;
    const aEnd = t < known ? earlier.from[t + 1] : 0;
    let b = added.from[t];
    const bEnd = added.from[t + 1];
    for (; a < aEnd; a++) {
      const doc = now[earlier.postings[a]];
      if (doc < 0) continue;
      while (b < bEnd && added.postings[b] < doc) postings[w++] = added.postings[b++];
      postings[w++] = doc;
    }
    while (b < bEnd) postings[w++] = added.postings[b++];
    from[t + 1] = w;
    if (t % SLICE_WORK === SLICE_WORK - 1) yield;
  }
  return { postings: fit(postings, w), from };
}

function* renumber(sequence: IntList, remap: Int32Array): Generator<void, void> {
  const data = sequence.data;
  for (let k = 0; k < sequence.length; k++) {
    data[k] = remap[data[k]];
    if (k % (SLICE_WORK * 64) === 0) yield;
  }
}

interface Inverted {
  postings: Int32Array;
  from: Int32Array;
}

/** Records per term, from terms per record: counting sort into one flat array. `docs` as for countRecords, ascending. */
function* invert(sequence: Int32Array, offsets: Int32Array, df: Int32Array, docs?: Int32Array): Generator<void, Inverted> {
  const terms = df.length;
  const from = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) from[t + 1] = from[t] + df[t];
  const cursor = from.slice(0, terms);
  const postings = new Int32Array(from[terms]);
  yield* eachRecordTerm(sequence, offsets, terms, docs, (doc, t) => {
    postings[cursor[t]++] = doc;
  });
  return { postings, from };
}
