/**
 * Letter trigrams of the vocabulary, so a misspelt word finds the words it may stand for without
 * comparing it against every word: one typo spoils at most four of a word's trigrams (a swap of two letters).
 */
class VocabGrams {
  private readonly counts: Uint16Array;
  private readonly lengths: Uint8Array;

  constructor(
    private readonly grams: ReadonlyMap<string, Int32Array>,
    words: readonly string[],
  ) {
    this.counts = new Uint16Array(words.length);
    this.lengths = Uint8Array.from(words, (w) => Math.min(w.length, 255));
  }

  /**
   * Word ids that share enough trigrams with `word` to be within `maxTypos` edits of it, in no
   * particular order: callers order them by their words, so that ids never decide a ranking.
   */
  similar(word: string, maxTypos: number): number[] {
    const own = [...new Set(trigrams(word))];
    const need = Math.max(1, own.length - 4 * maxTypos);
    const touched: number[] = [];
    for (const g of own) {
      const list = this.grams.get(g);
      if (!list) continue;
      for (const id of list) {
        if (Math.abs(this.lengths[id] - word.length) > maxTypos) continue;
        if (this.counts[id]++ === 0) touched.push(id);
      }
    }
    const out = touched.filter((id) => this.counts[id] >= need);
    for (const id of touched) this.counts[id] = 0;
    return out;
  }
}

/** Pauses every few thousand words; see buildTables. */
function* buildGrams(words: readonly string[]): Generator<void, VocabGrams> {
  const lists = new Map<string, number[]>();
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    if (word.length < 3) continue;
    for (const g of trigrams(word)) {
      const list = lists.get(g);
      if (!list) lists.set(g, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
    if (id % 4096 === 4095) yield;
  }
  const grams = new Map<string, Int32Array>();
  for (const [g, list] of lists) grams.set(g, Int32Array.from(list));
  return new VocabGrams(grams, words);
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** The order of `Array.prototype.sort()` on strings (UTF-16 code units), which prefix ranges rely on. */
export function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lookups built once over a vocabulary and shared, never changed, by the indexes built after it
 * until the next rebase: a word map and trigrams cost far more to build than a reindex's new words.
 */
interface Base {
  ids: ReadonlyMap<string, number>;
  grams: VocabGrams;
  size: number;
}

/**
 * Words added or dropped since the base, as a share of it, above which the next build rebuilds
 * the lookups from scratch: keeps the rebuilt-per-build part small and dropped words' memory bounded.
 */
const REBASE_SHARE = 1 / 8;

/**
 * A TermIndex's words and their lookups (by word, by prefix, by trigrams). Ids are dense: every
 * word is used by some record. The next build's vocabulary is derived from this one in time
 * proportional to the words, not to building a word map and trigrams again.
 */
export class Vocabulary {
  private constructor(
    readonly words: readonly string[],
    /** Ids in the order of their words, for prefix ranges. */
    private readonly sorted: Int32Array,
    private readonly base: Base,
    /** Base id → id here, or -1 for a word no record uses any more; null when they are the same. */
    private readonly fromBase: Int32Array | null,
    /** Words the base lacks (or had dropped): word → id here. */
    private readonly extra: ReadonlyMap<string, number>,
    private readonly extraGrams: VocabGrams,
    /** Id here of each word of `extraGrams`. */
    private readonly extraIds: Int32Array,
  ) {}

  /** Lookups built from scratch. */
  static *fresh(words: readonly string[]): Generator<void, Vocabulary> {
    const ids = new Map(words.map((w, i) => [w, i]));
    yield;
    const sorted = Int32Array.from(words.keys()).sort((a, b) => compareWords(words[a], words[b]));
    yield;
    const grams = yield* buildGrams(words);
    return new Vocabulary(words, sorted, { ids, grams, size: words.length }, null, new Map(), yield* buildGrams([]), new Int32Array(0));
  }

  /**
   * The vocabulary after a rebuild: `remap` takes each of this vocabulary's ids to its id in
   * `words` (-1 when dropped; null when every word kept its id), and the words after those
   * kept are new. Equal, lookup for lookup, to `fresh(words)`.
   */
  *next(remap: Int32Array | null, words: readonly string[]): Generator<void, Vocabulary> {
    const kept = remap ? remap.reduce((n, id) => n + (id >= 0 ? 1 : 0), 0) : this.words.length;
    if (!remap && kept === words.length) return new Vocabulary(words, this.sorted, this.base, this.fromBase, this.extra, this.extraGrams, this.extraIds);
    const to = (id: number): number => (id < 0 ? -1 : remap ? remap[id] : id);
    const fromBase = remap ? Int32Array.from({ length: this.base.size }, (_, b) => to(this.fromBase ? this.fromBase[b] : b)) : this.fromBase;
    const dropped = fromBase ? fromBase.reduce((n, id) => n + (id < 0 ? 1 : 0), 0) : 0;
    const extra = new Map<string, number>();
    for (const [w, id] of this.extra) if (to(id) >= 0) extra.set(w, to(id));
    for (let id = kept; id < words.length; id++) extra.set(words[id], id);
    if (extra.size + dropped > this.base.size * REBASE_SHARE) return yield* Vocabulary.fresh(words);
    yield;
    const extraIds = Int32Array.from(extra.values());
    const extraGrams = yield* buildGrams(Array.from(extraIds, (id) => words[id]));
    return new Vocabulary(words, this.mergeSorted(to, kept, words), this.base, fromBase, extra, extraGrams, extraIds);
  }

  /** This vocabulary's word order, dropped words left out, with the new words merged in. */
  private mergeSorted(to: (id: number) => number, kept: number, words: readonly string[]): Int32Array {
    const added = Int32Array.from({ length: words.length - kept }, (_, i) => kept + i).sort((a, b) => compareWords(words[a], words[b]));
    const out = new Int32Array(words.length);
    let n = 0;
    let a = 0;
    for (const old of this.sorted) {
      const id = to(old);
      if (id < 0) continue;
      while (a < added.length && words[added[a]] < words[id]) out[n++] = added[a++];
      out[n++] = id;
    }
    while (a < added.length) out[n++] = added[a++];
    return out;
  }

  get size(): number {
    return this.words.length;
  }

  id(word: string): number | undefined {
    const extra = this.extra.get(word);
    if (extra !== undefined) return extra;
    const b = this.base.ids.get(word);
    if (b === undefined || !this.fromBase) return b;
    return this.fromBase[b] >= 0 ? this.fromBase[b] : undefined;
  }

  /** Ids of the words that begin with `prefix` (the word itself excluded), in word order, at most `max`. */
  startingWith(prefix: string, max: number): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[this.sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length && found.length < max; i++) {
      const word = this.words[this.sorted[i]];
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(this.sorted[i]);
    }
    return found;
  }

  /** Ids of the words that may be `word` with up to `maxTypos` typos; see VocabGrams.similar. */
  similar(word: string, maxTypos: number): number[] {
    const out: number[] = [];
    for (const b of this.base.grams.similar(word, maxTypos)) {
      const id = this.fromBase ? this.fromBase[b] : b;
      if (id >= 0) out.push(id);
    }
    for (const local of this.extraGrams.similar(word, maxTypos)) out.push(this.extraIds[local]);
    return out;
  }
}
