import type { QuoteRecord } from '../model/records.js';
import { STOP_WORDS, tokenize } from '../search/tokens.js';
import { byteCosine, DIMENSIONS, type WordVectors, wordVectors } from './word-vectors.js';

/**
 * What a quotation means as a whole, beside which words it shares with a topic. Over every
 * speaker's quotations a paraphrased topic ("campaign doesn't check donors' pay") shares a word or
 * two with many of them, and its word-by-word coverage (topics.ts) ties them; the quotation it
 * means says the same thing in other words ("we don't ask them their annual income"). Each text
 * becomes one vector: its words' vectors (word-vectors.ts), each weighted by how rare the word is,
 * summed (smooth inverse frequency, Arora et al. 2017). Quotations are compared with the topic
 * after taking out what the candidates have in common, so that a long quotation, whose sum drifts
 * towards the vector every text shares, does not outrank a short one for being long.
 *
 * Only the candidates a topic's words found are read: the work grows with them, not with the
 * coverage.
 */

/**
 * The passage around a quotation counts this much beside the quotation's own words: it names what
 * the quotation answers, but also who spoke and where. Measured on the studied /quote parts
 * (without the speaker option): 0.3 found more than none and than 0.5.
 */
const PASSAGE_SHARE = 0.3;
/**
 * Smooth inverse frequency: a word's weight is a / (a + p(word)), p read from its place in the
 * table (most frequent first) by Zipf's law, p(rank) = 1 / ((rank + 1) · H) with H ≈ ln(50,000) +
 * 0.58, the harmonic number of the table's length. "the" weighs about nothing, "landlord" about 1.
 */
const SIF_A = 1e-3;
const HARMONIC = 11.4;

const byRecord = new WeakMap<QuoteRecord, Float32Array | null>();

/**
 * Each candidate's likeness to the topic, -1..1, in `records` order; null when no word of the topic
 * has a vector. What `centre` has in common is taken out first: the candidates themselves, or
 * every quotation of a named speaker (what sets one apart from the rest of what they said).
 */
export function meaningLikeness(topic: string, records: readonly QuoteRecord[], centre: readonly QuoteRecord[] = records): number[] | null {
  const vectors = wordVectors();
  if (!vectors) return null;
  const wanted = textVector(vectors, tokenize(topic));
  if (!wanted) return null;
  const own = records.map((r) => quoteVector(vectors, r));
  const shared = mean(centre === records ? own : centre.map((r) => quoteVector(vectors, r)));
  const centred = minus(wanted, shared);
  return own.map((v) => (v ? cosine(centred, minus(v, shared)) : 0));
}

function quoteVector(vectors: WordVectors, record: QuoteRecord): Float32Array | null {
  const known = byRecord.get(record);
  if (known !== undefined) return known;
  const said = textVector(vectors, tokenize(record.text));
  const around = textVector(vectors, tokenize(record.passage.text));
  const v = said && around ? unit(said.map((x, d) => x + PASSAGE_SHARE * around[d])) : (said ?? around);
  byRecord.set(record, v);
  return v;
}

/** The rarity-weighted sum of the words' vectors, at unit length; null when none has one. */
function textVector(vectors: WordVectors, words: readonly string[]): Float32Array | null {
  const sum = new Float32Array(DIMENSIONS);
  let any = false;
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
    const v = vectors.vector(w);
    if (!v) continue;
    const weight = sifWeight(vectors, w);
    for (let d = 0; d < DIMENSIONS; d++) sum[d] += weight * v[d];
    any = true;
  }
  return any ? unit(sum) : null;
}

/** A word's smooth-inverse-frequency weight (see SIF_A). */
function sifWeight(vectors: WordVectors, word: string): number {
  return SIF_A / (SIF_A + 1 / ((vectors.rank(word) + 1) * HARMONIC));
}

function mean(list: ReadonlyArray<Float32Array | null>): Float32Array {
  const m = new Float32Array(DIMENSIONS);
  let n = 0;
  for (const v of list) {
    if (!v) continue;
    for (let d = 0; d < DIMENSIONS; d++) m[d] += v[d];
    n++;
  }
  return n > 0 ? m.map((x) => x / n) : m;
}

function minus(a: Float32Array, b: Float32Array): Float32Array {
  return a.map((x, d) => x - b[d]);
}

function unit(v: Float32Array): Float32Array | null {
  let len = 0;
  for (const x of v) len += x * x;
  return len > 0 ? v.map((x) => x / Math.sqrt(len)) : null;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let la = 0;
  let lb = 0;
  for (let d = 0; d < DIMENSIONS; d++) {
    dot += a[d] * b[d];
    la += a[d] * a[d];
    lb += b[d] * b[d];
  }
  return la > 0 && lb > 0 ? dot / Math.sqrt(la * lb) : 0;
}

const wordsByRecord = new WeakMap<QuoteRecord, Int8Array[]>();

/**
 * How close, word by word, each quotation comes to the topic's ideas, 0..1 in `records` order: per
 * idea (`ideas`, the topic's content words) the likeness of the quotation's nearest word to it
 * (negative counts as 0; the word itself, 1), averaged with each idea weighted by its rarity as in
 * textVector. A paraphrase names each idea in other words ("officers" for "cops", "shoved" for
 * "roughing up"), too far apart for the neighbour lists of topic-read.ts, which only a
 * whole-text vector (meaningLikeness) reads, blurred among the quotation's other words; idea by
 * idea, the quotation meant comes closer on each. (Counting only the ideas a quotation does not
 * hold as typed found more paraphrases, but put the quotation whose own words were typed below
 * near ones: 43 of the first 263 studied topics typed in the quotation's words lost.) Null when no
 * idea has a vector.
 */
export function wordCloseness(ideas: readonly string[], records: readonly QuoteRecord[]): number[] | null {
  const vectors = wordVectors();
  if (!vectors) return null;
  const wanted = [...new Set(ideas)].flatMap((word) => {
    const v = vectors.vector(word);
    return v ? [{ v, weight: sifWeight(vectors, word) }] : [];
  });
  const total = wanted.reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0) return null;
  return records.map((record) => {
    const own = quoteWords(vectors, record);
    if (own.length === 0) return 0;
    let covered = 0;
    for (const t of wanted) {
      let best = 0;
      for (const v of own) best = Math.max(best, byteCosine(t.v, v));
      covered += t.weight * best;
    }
    return covered / total;
  });
}

/** The vectors of a quotation's own words, each once, function words left out (kept per quotation). */
function quoteWords(vectors: WordVectors, record: QuoteRecord): Int8Array[] {
  const known = wordsByRecord.get(record);
  if (known) return known;
  const own = [...new Set(tokenize(record.text))].flatMap((w) => {
    const v = STOP_WORDS.has(w) ? null : vectors.vector(w);
    return v ? [v] : [];
  });
  wordsByRecord.set(record, own);
  return own;
}
