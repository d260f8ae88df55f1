import type { Article, LoadWarning } from '../model/article.js';
import type { Entity } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';
import type { Backfill } from './leads.js';
import type { LinkedVersion } from './links.js';

export type VersionState = 'building' | 'linking' | 'complete' | 'failed';

/** One index version: a set of article contents, extracted, then linked corpus-wide. */
export interface IndexVersion {
  version: number;
  state: VersionState;
  /** Which extraction code's records it is made of (see src/index/fingerprint.ts). */
  extractor: string;
  articles: number;
  quotes: number;
  facts: number;
  speakers: number;
  /** Articles whose extraction failed: left out of the version and named in its warnings. */
  failed: number;
  /**
   * Whether every quotation of the version had its sentence before stored when it was completed
   * (migrations 009 and 011): a scoped replica bounds /quote on the version only then.
   */
  quoteLeads: boolean;
  /** Whether the version was completed with its link patches (older workers wrote none): a scoped replica reads only such versions. */
  linked: boolean;
  /** Whether the version's word counts were stored when it was completed (migration 014): a scoped replica then reads them instead of counting per question. */
  wordCounts: boolean;
  error: string | null;
  createdAt: Date;
  completedAt: Date | null;
}

/** An article content a version still needs extracted. */
export interface ArticleKey {
  articleId: string;
  hash: string;
}

/** A stored version as the index builder takes it (see indexData in src/index/build.ts). */
export interface VersionData {
  format: number;
  builtAt: string;
  corpusHash: string;
  extractor: string;
  articles: Article[];
  /** Each article's records as extracted, before corpus-wide linking. */
  parts: ArticleExtraction[];
  /** Files the corpus source skipped, and articles whose extraction failed. */
  warnings: LoadWarning[];
}

/** Counts written with a version when it is complete. */
export interface VersionCounts {
  articles: number;
  quotes: number;
  facts: number;
  speakers: number;
  failed: number;
}

/**
 * What a scaled deployment shares: articles, their extracted records, the corpus-wide speakers
 * and the index versions. The embedded default (no DATABASE_URL) needs none of it: the service
 * keeps its index in memory and in a snapshot file. PgStore (postgres.ts) is the implementation.
 */
export interface CoverageStore {
  /** Saves the corpus as a new version in state `building`; returns it and the articles not yet extracted by `extractor`. */
  beginVersion(articles: readonly Article[], warnings: readonly LoadWarning[], extractor: string): Promise<{ version: number; todo: ArticleKey[] }>;
  article(key: ArticleKey): Promise<Article | null>;
  /**
   * One article's records, in one transaction; false when they were already stored (another worker
   * won). `text`: the article's text the records were extracted from (each quotation's sentence
   * before is stored with it).
   */
  saveExtraction(part: ArticleExtraction, extractor: string, worker: string, text: string): Promise<boolean>;
  recordFailure(version: number, key: ArticleKey, reason: string): Promise<void>;
  /**
   * Marks one enqueued article of a version as done (stored, already stored, or failed); true for
   * exactly one caller, the one whose article was the last outstanding: that caller links the version.
   */
  settleArticle(version: number, articleId: string): Promise<boolean>;
  /** The same claim for a version that had nothing to extract. */
  claimSettled(version: number): Promise<boolean>;
  /**
   * A version's articles and per-article records, in corpus order; with `since`, only those of
   * article contents that version did not list (`order` lists them all), for a replica that holds `since`.
   */
  loadVersion(version: number, since?: number): Promise<VersionData & { order: ArticleKey[] }>;
  /**
   * Gives the version's quotations written before their sentence before was stored (migration 009)
   * that sentence, from the stored articles, in bounded batches; run before the version is completed.
   */
  fillQuoteLeads(version: number): Promise<Backfill>;
  /**
   * Writes the linked speakers and counts, marks the version complete and announces it; finished versions older than the previous complete one are dropped.
   * With `linked`, also what linking changed in each article's records, so a scoped replica can read any article as linked without linking the corpus.
   */
  completeVersion(version: number, speakers: readonly Entity[], counts: VersionCounts, linked?: LinkedVersion): Promise<void>;
  failVersion(version: number, error: string): Promise<void>;
  version(version: number): Promise<IndexVersion | null>;
  latestComplete(): Promise<IndexVersion | null>;
  /** Calls `listener` with each version announced complete; resolves to a function that stops listening. */
  onComplete(listener: (version: number) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
