import type { LoadWarning } from '../model/article.js';

/** What a reindex reports to every face: counts, the change, warnings, where the time went. */

export interface IndexCounts {
  articles: number;
  quotes: number;
  facts: number;
  speakers: number;
}

export interface ReindexReport {
  ok: boolean;
  /** True when another reindex was already running and this one did not start. */
  busy?: boolean;
  /** Why it failed; the previous index keeps answering. */
  error?: string;
  counts: IndexCounts;
  /** Change since the previous index. */
  delta: IndexCounts & { added: string[]; removed: string[]; changed: string[] };
  warnings: LoadWarning[];
  /** A non-fatal problem, e.g. the snapshot could not be written. */
  notice?: string;
  durationMs: number;
  /** Where the time went (ms): reading the folder, extracting new or changed articles, linking and indexing, until the new index answered, saving. */
  steps?: ReindexSteps;
}

export interface ReindexSteps {
  loadMs: number;
  extractMs: number;
  openMs: number;
  liveMs: number;
  saveMs: number;
}
