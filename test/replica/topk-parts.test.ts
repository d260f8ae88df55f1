import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/search/topk.js';

/** The docs TopK keeps of `docs`, offered in that order. */
function kept(k: number, docs: readonly number[], scores: readonly number[]): number[] {
  const top = new TopK(k);
  for (const d of docs) top.offer(d, scores[d]!);
  return top.sorted().map((x) => x.doc);
}

describe("a search's first cut over part of the records (a scoped replica's batch)", () => {
  it('keeps every record the cut over all records keeps, when equal scores decide the cut', () => {
    // Two records score 2, four score 1; three are kept: both 2s and the first 1 in document order.
    const scores = [2, 1, 1, 1, 2, 1];
    expect(kept(3, [0, 1, 2, 3, 4, 5], scores)).toEqual([0, 4, 1]);
    // A batch without record 1: record 2 is now the first 1, as it would be over all records without 1.
    expect(kept(3, [0, 2, 3, 4, 5], scores)).toEqual([0, 4, 2]);
  });

  it('keeps the same records whatever order equal scores are offered in', () => {
    const scores = [1, 3, 1, 2, 1, 1, 2, 1];
    const want = kept(4, [0, 1, 2, 3, 4, 5, 6, 7], scores);
    expect(want).toEqual([1, 3, 6, 0]);
    for (const order of [
      [7, 6, 5, 4, 3, 2, 1, 0],
      [4, 0, 7, 1, 5, 2, 6, 3],
      [2, 5, 0, 7, 3, 1, 4, 6],
    ])
      expect(kept(4, order, scores)).toEqual(want);
  });
});
