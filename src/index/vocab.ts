/**
 * Letter trigrams of the vocabulary, so a misspelt word finds the words it may stand for without
 * comparing it against every word: one typo spoils at most four of a word's trigrams (a swap of two letters).
 */
export class VocabGrams {
  private readonly counts: Uint16Array;
  private readonly lengths: Uint8Array;

  constructor(private readonly grams: ReadonlyMap<string, Int32Array>, words: readonly string[]) {
    this.counts = new Uint16Array(words.length);
    this.lengths = Uint8Array.from(words, (w) => Math.min(w.length, 255));
  }

  /** Word ids that share enough trigrams with `word` to be within `maxTypos` edits of it. */
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
export function* buildGrams(words: readonly string[]): Generator<void, VocabGrams> {
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
