/**
 * Keeps the k highest-scoring docs seen, in O(n log k): sorting every match would be O(n log n).
 * Equal scores are ordered by document (the lower first), so the docs kept are the first k of one
 * total order whatever order they are offered in; and a doc kept among all docs is kept among any
 * part of them that holds it (a scoped replica's batches rely on that: README "Scaling out").
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
    } else if (this.worse(0, score, doc)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Best first; equal scores keep document order so results are stable across runs. */
  sorted(): Array<{ doc: number; score: number }> {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i] })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, this.scores[parent], this.docs[parent])) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, this.scores[m], this.docs[m])) m = l;
      if (r < n && this.worse(r, this.scores[m], this.docs[m])) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** Whether the doc at heap position `i` comes after (`score`, `doc`): a lower score, or an equal one and a later doc. */
  private worse(i: number, score: number, doc: number): boolean {
    return this.scores[i] < score || (this.scores[i] === score && this.docs[i] > doc);
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b], this.docs[a]];
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
  }
}
