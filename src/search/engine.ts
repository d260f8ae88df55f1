import type { Article } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import { CoverageSearch, type CutObserver, type FactSource, type Population, type ScopedWords, type SearchEngine } from './search.js';
import type { SavedSearch } from './saved.js';

export { SEARCH_ENGINE, SEARCH_FORMAT, type SavedSearch } from './saved.js';

/**
 * The one way the index makes a search engine: from records, again after a reindex, or back from
 * the form the engine saved. Whoever stores an engine keeps its saved form whole and never reads
 * inside it; a saved form this code cannot read is refused with the reason, and the caller builds anew.
 */
export interface SearchRecords {
  articles: ReadonlyMap<string, Article>;
  quotes: readonly QuoteRecord[];
  facts: FactSource | readonly FactRecord[];
  entities: readonly Entity[];
}

/** A saved form the engine will not take back, and why (for the log). */
export interface SearchRefusal {
  refused: string;
}

export function createSearch(r: SearchRecords): SearchEngine {
  return new CoverageSearch(r.articles, r.quotes, r.facts, r.entities);
}

/**
 * A search over part of a corpus that weighs words as the whole corpus's search does: given every
 * record holding the words a query asks for, and the corpus's record counts (a scoped replica);
 * or given a batch of those records and, in `corpus`, the corpus's counts of the words it reaches.
 */
export function createScopedSearch(
  r: SearchRecords,
  population: Population,
  corpus?: ScopedWords,
  onCandidates?: (records: readonly { articleId: string }[]) => void,
  /** Told every first cut its quotation, passage and fact searches make (a scoped replica's bound, see src/replica/first-cut.ts). */
  onCut?: CutObserver,
): SearchEngine {
  const search = new CoverageSearch(r.articles, r.quotes, r.facts, r.entities, undefined, population, corpus);
  search.onCandidates = onCandidates;
  if (onCut) search.observeCuts(onCut);
  return search;
}

/** Built in time slices beside live answers, reusing what `previous` tokenized when it can. */
export function rebuildSearch(r: SearchRecords, previous?: SearchEngine): Promise<SearchEngine> {
  return CoverageSearch.sliced(r.articles, r.quotes, r.facts, r.entities, previous instanceof CoverageSearch ? previous : undefined);
}

/** The engine back from its saved form, for exactly these records; refused when it is for other records, code or format. */
export function loadSearch(r: SearchRecords & { facts: FactSource }, saved: SavedSearch): SearchEngine | SearchRefusal {
  return CoverageSearch.load(r.articles, r.quotes, r.facts, r.entities, saved);
}

export function isRefusal(x: SearchEngine | SearchRefusal): x is SearchRefusal {
  return 'refused' in x && typeof x.refused === 'string';
}
