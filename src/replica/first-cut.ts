import type pg from 'pg';
import type { CutKind, FirstCut } from '../search/search.js';
import { cutBounds, type CutGroups } from '../store/first-cut.js';
import type { VersionHead } from './scoped-index.js';

/**
 * The database sums a record's weights in another order than the search: a bound this close
 * (relatively) to a threshold is not trusted to lie below it.
 */
const SLACK = 1e-9;

interface Cut {
  kind: CutKind;
  groups: CutGroups;
  limit: number;
  minShare: number;
  /** Score per record id, of every record a cut of this query kept in any batch. */
  kept: Map<string, number>;
  /** `threshold` as last computed; undefined once a record is noted since. */
  threshold?: number;
}

/**
 * The first cuts a question's searches made over the batches read so far (src/search/candidates.ts
 * FirstCut), one per query whatever the batch: a query weighs words by the whole version's counts,
 * so a record scores the same in any batch, and the records kept in the batches are real records
 * of the version. A cut over every article keeps the `limit` best records at most, none below
 * `minShare` of the best: so a record scoring below the `limit`-th best score found, or below
 * `minShare` of the best found, cannot be in it, wherever it is (`threshold`).
 *
 * Cuts ranking only some speakers' quotations (`filtered`) are left out: those speakers' articles
 * are all read for the last run (batched.ts `theirs`), so no unread article can hold one.
 */
export class CutBook {
  private readonly cuts = new Map<string, Cut>();

  /** Notes a cut made over one batch; its key (the same query in every batch), or null for a filtered one. */
  note(kind: CutKind, cut: FirstCut, recordIds: readonly string[]): string | null {
    if (cut.filtered) return null;
    const key = JSON.stringify([kind, cut.groups, cut.limit, cut.minShare]);
    let c = this.cuts.get(key);
    if (!c) {
      c = { kind, groups: cut.groups, limit: cut.limit, minShare: cut.minShare, kept: new Map() };
      this.cuts.set(key, c);
    }
    // By record id: the winners are read again (narrowed, then the last run), and one record counts once.
    cut.scores.forEach((score, i) => c.kept.set(recordIds[i] ?? '', score));
    c.threshold = undefined;
    return key;
  }

  keys(): string[] {
    return [...this.cuts.keys()];
  }

  cut(key: string): Cut | undefined {
    return this.cuts.get(key);
  }

  /** The score a record must reach to be in the cut of `key` over the whole version (see the class). */
  threshold(key: string): number {
    const c = this.cuts.get(key);
    if (!c) return 0;
    if (c.threshold === undefined) {
      const scores = [...c.kept.values()].sort((a, b) => b - a);
      const floor = (scores[0] ?? 0) * c.minShare;
      const above = scores.filter((s) => s >= floor);
      c.threshold = above.length >= c.limit ? (above[c.limit - 1] ?? floor) : floor;
    }
    return c.threshold;
  }
}

/**
 * Per cut, the bound of every candidate article (cutBounds: its best record's score in that cut,
 * computed in PostgreSQL), asked once per cut; and which articles no cut could keep a record of.
 */
export class CutBounds {
  private readonly bounds = new Map<string, Map<string, number>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly head: VersionHead,
    private readonly book: CutBook,
    /** The question's candidate articles: those the bounds are asked for. */
    private readonly candidates: readonly string[],
  ) {}

  /** Asks the database for the bounds of the cuts among `keys` not asked yet; whether there were any. */
  async cover(keys: Iterable<string>): Promise<boolean> {
    const todo = [...keys].filter((k) => !this.bounds.has(k));
    await Promise.all(
      todo.map(async (key) => {
        const c = this.book.cut(key);
        if (c) this.bounds.set(key, await cutBounds(this.pool, this.head.version, this.head.extractor, this.candidates, c.kind, c.groups));
      }),
    );
    return todo.length > 0;
  }

  /** Whether no record of `article` can be in the cut of `key` over the whole version. */
  below(key: string, article: string): boolean {
    const bound = this.bounds.get(key)?.get(article);
    if (!this.bounds.has(key)) return false;
    // Absent: no record of it holds a word of the query, so the cut never touches it.
    if (bound === undefined) return true;
    const threshold = this.book.threshold(key);
    return bound < threshold - SLACK * Math.max(1, Math.abs(threshold));
  }

  /**
   * Whether no cut noted so far could keep a record of `article`. Never before a batch is
   * `answered`; once one is, an answer that made no cut at all rules out every article: it reached
   * records only through the speakers it names, whose articles the last run reads, and a cut the
   * last run does make is checked there (batched.ts adds back any article it could reach).
   */
  excluded(article: string, answered: boolean): boolean {
    return answered && this.book.keys().every((k) => this.below(k, article));
  }

  /** The best bound of `article` over the cuts asked: what the articles left are read in, best first. */
  best(article: string): number {
    let best = 0;
    for (const b of this.bounds.values()) best = Math.max(best, b.get(article) ?? 0);
    return best;
  }
}
