import type { Article, LoadWarning } from '../model/article.js';
import type { Extraction } from '../model/records.js';
import { extractArticle, mergeExtractions, mergeExtractionsSliced, type ArticleExtraction } from '../extract/index.js';
import { Slicer } from './slices.js';
import { extractorFingerprint } from './fingerprint.js';
import { CoverageSearch, type SearchEngine } from './search.js';

/** Bump when the shape of extracted records changes: older snapshots are then rebuilt. */
export const INDEX_FORMAT = 3;

/** Everything a snapshot holds: plain data, rebuilt into a CoverageIndex on load. */
export interface IndexData {
  format: number;
  builtAt: string;
  /** Hash over every article's hash: tells whether a snapshot matches the corpus folder. */
  corpusHash: string;
  /** Which extraction code made the records (see fingerprint.ts); others' records are not reused. */
  extractor: string;
  articles: Article[];
  /** Per-article extraction, kept so a reindex re-extracts only new or changed files. */
  parts: ArticleExtraction[];
  warnings: LoadWarning[];
}

/** A built, searchable index. Immutable: a reindex builds a new one and swaps it in whole. */
export interface CoverageIndex {
  data: IndexData;
  extraction: Extraction;
  search: SearchEngine;
}

export function corpusHash(articles: readonly Pick<Article, 'id' | 'hash'>[]): string {
  // Cheap, order-independent enough for our purpose: ids are sorted by the loader.
  return articles.map((a) => `${a.id}:${a.hash}`).join('|');
}

/**
 * Extracts what is new or changed since `previous` (by content hash) and reuses the rest.
 * `extract` is injectable so the caller can run it in worker threads.
 */
export async function buildIndexData(
  articles: Article[],
  warnings: LoadWarning[],
  previous: IndexData | null,
  extract: (articles: Article[]) => Promise<ArticleExtraction[]> = async (list) => list.map(extractArticle),
): Promise<IndexData> {
  const current = extractorFingerprint();
  const reusable = new Map((previous?.extractor === current ? previous.parts : []).map((p) => [p.articleId, p]));
  const todo = articles.filter((a) => reusable.get(a.id)?.hash !== a.hash);
  const fresh = new Map((await extract(todo)).map((p) => [p.articleId, p]));
  const parts = articles.map((a) => fresh.get(a.id) ?? (reusable.get(a.id) as ArticleExtraction));
  return { format: INDEX_FORMAT, builtAt: new Date().toISOString(), corpusHash: corpusHash(articles), extractor: current, articles, parts, warnings };
}

/**
 * Like openIndex, but the search structures are built in time slices: a reindex uses this so
 * the live index keeps answering while the next one is assembled on the same thread.
 */
export async function openIndexSliced(data: IndexData): Promise<CoverageIndex> {
  const extraction = await mergeExtractionsSliced(data.parts, new Slicer());
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const search = await CoverageSearch.sliced(articles, extraction.quotes, extraction.facts, extraction.entities);
  return { data, extraction, search };
}

export function openIndex(data: IndexData, extraction: Extraction = mergeExtractions(data.parts)): CoverageIndex {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const search = new CoverageSearch(articles, extraction.quotes, extraction.facts, extraction.entities);
  return { data, extraction, search };
}
