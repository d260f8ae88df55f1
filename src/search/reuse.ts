/**
 * How a reindex finds, for each record, the previous build's record with the same words, so
 * that the word tables take those words over instead of tokenizing the record again.
 */

export interface Keyed {
  id: string;
  articleId: string;
}

/**
 * For each record, the position of the previous build's record with the same id and the same
 * indexed words, or -1. Between builds records mostly keep their order (a reindex adds or drops
 * a few articles' blocks), so a cursor with a short look-ahead finds most of them; once many are
 * out of step, records are looked for in their article's block. A record missed is only
 * tokenized again, never wrong: equality of the indexed words decides.
 */
export function* matchRecords<T extends Keyed>(now: readonly T[], before: readonly T[], same: (a: T, b: T) => boolean): Generator<void, Int32Array> {
  const source = new Int32Array(now.length).fill(-1);
  const find = finder(before);
  let cursor = 0;
  for (let i = 0; i < now.length; i++) {
    const r = now[i];
    // Records are never changed in place: the same object has the same words.
    const k = before[cursor] === r ? cursor : find(r, cursor);
    if (k < 0) continue;
    cursor = k + 1;
    if (r === before[k] || same(r, before[k])) source[i] = k;
    if (i % 4096 === 4095) yield;
  }
  return source;
}

/** How far a record is looked for past the cursor: more than most articles' records. */
const LOOK_AHEAD = 64;

/** Looks a record up near the cursor, and by its article's block once look-ups near it keep failing. */
function finder(before: readonly Keyed[]): (r: Keyed, cursor: number) => number {
  let misses = 0;
  let blocks: Map<string, number> | undefined;
  return (r, cursor) => {
    for (let k = cursor; k < Math.min(before.length, cursor + LOOK_AHEAD); k++) if (before[k].id === r.id) return k;
    if (!blocks && ++misses <= LOOK_AHEAD) return -1;
    blocks ??= blockStarts(before);
    return findInBlock(before, blocks.get(r.articleId), r.id);
  };
}

/** Where each article's records begin, for records kept together by article. */
function blockStarts(records: readonly Keyed[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (let k = 0; k < records.length; k++) {
    if (k > 0 && records[k - 1].articleId === records[k].articleId) continue;
    if (!starts.has(records[k].articleId)) starts.set(records[k].articleId, k);
  }
  return starts;
}

function findInBlock(records: readonly Keyed[], start: number | undefined, id: string): number {
  if (start === undefined) return -1;
  for (let k = start; k < records.length && records[k].articleId === records[start].articleId; k++) if (records[k].id === id) return k;
  return -1;
}
