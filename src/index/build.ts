import type { Article, LoadWarning } from '../model/article.js';
import type { Entity, Extraction } from '../model/records.js';
import { extractArticle, type ArticleExtraction } from '../extract/index.js';
import { isFailure, type ExtractResult } from '../runtime/workers.js';
import { mergeEntities, mergeEntitiesSliced, mergeSteps, type EntityLinks, type FamilyState } from '../link/speakers.js';
import { Slicer, runSliced } from '../runtime/slices.js';
import { derivedFingerprint, extractorFingerprint } from './fingerprint.js';
import { CoverageSearch, type SavedSearch, type SearchEngine } from '../search/search.js';
import { factCount, lazily, settleParts } from './deferred.js';

/** Bump when the shape of extracted records changes: older snapshots are then rebuilt. */
export const INDEX_FORMAT = 9;

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
  /** Only on data just read from a snapshot: start-up work saved with it (see Derived); dropped once opened. */
  derived?: Derived;
}

/** A record's fields the entity merge changed, or 0 when the merge kept the record as it was. */
export type RecordPatch = 0 | Record<string, unknown>;

/**
 * What start-up would otherwise recompute from `parts`: the entity merge's outcome (as patches
 * to the per-article records, in order) and the search's word tables. Trusted only when `code`
 * matches the running code and every count fits; otherwise the index is built from the records.
 */
export interface Derived {
  code: string;
  entities: Entity[];
  quotes: RecordPatch[];
  facts: RecordPatch[];
  /** The corpus-wide entity id of each article-local entity, parts' entities in order ('' for none). */
  links: string[];
  search: SavedSearch;
}

/** A built, searchable index. Immutable: a reindex builds a new one and swaps it in whole. */
export interface CoverageIndex {
  data: IndexData;
  extraction: Extraction;
  /** Which entity each article-local entity joined: lets the next reindex reuse unchanged articles' records. */
  links: EntityLinks | null;
  /**
   * The merge's name families: lets the next reindex merge only the families a change touches.
   * Null after a start from a snapshot until the background work (settleIndex) has made them.
   */
  families: FamilyState | null;
  search: SearchEngine;
}

export function corpusHash(articles: readonly Pick<Article, 'id' | 'hash'>[]): string {
  // Cheap, order-independent enough for our purpose: ids are sorted by the loader.
  return articles.map((a) => `${a.id}:${a.hash}`).join('|');
}

/**
 * Extracts what is new or changed since `previous` (by content hash) and reuses the rest.
 * `extract` is injectable so the caller can run it in worker threads; an article it reports as
 * failed is left out of the index and named among the warnings, and the rest still builds.
 */
export async function buildIndexData(
  articles: Article[],
  warnings: LoadWarning[],
  previous: IndexData | null,
  extract: (articles: Article[]) => Promise<readonly ExtractResult[]> = async (list) => list.map(extractArticle),
): Promise<IndexData> {
  const current = extractorFingerprint();
  const reusable = new Map((previous?.extractor === current ? previous.parts : []).map((p) => [p.articleId, p]));
  const todo = articles.filter((a) => reusable.get(a.id)?.hash !== a.hash);
  const results = await extract(todo);
  const failed = new Map(results.filter(isFailure).map((f) => [f.articleId, f.failed]));
  const fresh = new Map(results.filter((r): r is ArticleExtraction => !isFailure(r)).map((p) => [p.articleId, p]));
  const kept = articles.filter((a) => !failed.has(a.id));
  const parts = kept.map((a) => fresh.get(a.id) ?? (reusable.get(a.id) as ArticleExtraction));
  const skipped = articles.filter((a) => failed.has(a.id)).map((a) => ({ file: a.file, reason: failed.get(a.id)! }));
  const all = skipped.length ? [...warnings, ...skipped] : warnings;
  return { format: INDEX_FORMAT, builtAt: new Date().toISOString(), corpusHash: corpusHash(kept), extractor: current, articles: kept, parts, warnings: all };
}

/**
 * Like openIndex, but the search structures are built in time slices: a reindex uses this so
 * the live index keeps answering while the next one is assembled on the same thread.
 */
export async function openIndexSliced(data: IndexData, previous?: CoverageIndex): Promise<CoverageIndex> {
  const prior = previous?.links
    ? { parts: previous.data.parts, merged: { ...previous.extraction, links: previous.links, families: previous.families } }
    : undefined;
  const { links, families, ...extraction } = await mergeEntitiesSliced(data.parts, new Slicer(), prior);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const search = await CoverageSearch.sliced(
    articles,
    extraction.quotes,
    extraction.facts,
    extraction.entities,
    previous?.search instanceof CoverageSearch ? previous.search : undefined,
  );
  return { data, extraction, links, families, search };
}

export function openIndex(data: IndexData, given?: Extraction & { links?: EntityLinks; families?: FamilyState }): CoverageIndex {
  const { derived, ...plain } = data;
  const articles = new Map(plain.articles.map((a) => [a.id, a]));
  const usable = !given && derived?.code === derivedFingerprint() ? derived : undefined;
  const restored = usable && restoreExtraction(plain.parts, usable);
  if (usable && restored) {
    const search = CoverageSearch.restore(articles, restored.extraction, usable.search, usable.facts.length);
    if (search) return { data: plain, extraction: restored.extraction, links: restored.links, families: null, search };
  }
  const { links = null, families = null, ...extraction } = given ?? mergeEntities(plain.parts);
  const search = new CoverageSearch(articles, extraction.quotes, extraction.facts, extraction.entities);
  return { data: derived ? plain : data, extraction, links, families, search };
}

/**
 * Parses what a start from a snapshot left for first use (each article's facts, see deferred.ts),
 * pausing between articles: run in the background, so /ask rarely has to wait for it.
 */
export function* settleIndex(index: CoverageIndex): Generator<void, void> {
  yield* settleParts(index.data.parts);
  // The corpus-wide list (patches applied); the search reads its facts from this same list.
  void index.extraction.facts;
  yield;
  if (index.families) return;
  // The saved merge outcome has no name families; merging once more makes them, and warms the
  // merge's code and name caches, so that the first reindex after a start is as quick as the next.
  const { data, extraction, links } = index;
  const { families } = yield* mergeSteps(data.parts, links ? { parts: data.parts, merged: { ...extraction, links } } : undefined);
  index.families = families;
}

/**
 * The start-up work of `index` in the form a snapshot keeps (see Derived); null when it cannot be
 * expressed. In slices: it runs right after a reindex swaps the new index in, beside live answers.
 */
export function deriveData(index: CoverageIndex, slicer = new Slicer()): Promise<Derived | null> {
  return runSliced(deriveSteps(index), slicer);
}

function* deriveSteps(index: CoverageIndex): Generator<void, Derived | null> {
  const { parts } = index.data;
  const { quotes, facts, entities } = index.extraction;
  const q = yield* patches(
    parts.flatMap((p) => p.quotes),
    quotes,
  );
  const f = yield* patches(
    parts.flatMap((p) => p.facts),
    facts,
  );
  if (!q || !f || !index.links || !(index.search instanceof CoverageSearch)) return null;
  const links = index.links;
  const linked = parts.flatMap((p) => p.entities.map((e) => links.get(e.id) ?? ''));
  return { code: derivedFingerprint(), entities, quotes: q, facts: f, links: linked, search: index.search.saved() };
}

function* patches(before: readonly object[], after: readonly object[]): Generator<void, RecordPatch[] | null> {
  if (before.length !== after.length) return null;
  const out: RecordPatch[] = [];
  for (let i = 0; i < before.length; i++) {
    if (i % 1024 === 1023) yield;
    const a = before[i] as Record<string, unknown>;
    const b = after[i] as Record<string, unknown>;
    if (a === b) {
      out.push(0);
      continue;
    }
    const patch: Record<string, unknown> = {};
    for (const key of Object.keys(a)) if (!(key in b)) return null;
    for (const key of Object.keys(b)) if (b[key] !== a[key]) patch[key] = b[key];
    out.push(patch);
  }
  return out;
}

/**
 * The merge's outcome from saved patches: equal to mergeEntities(parts) when they were made
 * from it. Its facts are put together on first read, as the parts' own facts are parsed then
 * (see deferred.ts); the counts are checked now.
 */
function restoreExtraction(parts: readonly ArticleExtraction[], d: Derived): { extraction: Extraction; links: EntityLinks } | null {
  const quotes: Extraction['quotes'] = [];
  let qi = 0;
  let facts = 0;
  for (const p of parts) {
    if (qi + p.quotes.length > d.quotes.length) return null;
    for (const q of p.quotes) {
      const patch = d.quotes[qi++];
      quotes.push(patch === 0 ? q : { ...q, ...patch });
    }
    facts += factCount(p);
  }
  if (qi !== d.quotes.length || facts !== d.facts.length) return null;
  const links = restoreLinks(parts, d.links);
  if (!links) return null;
  const allFacts = lazily(() => restoreFacts(parts, d.facts));
  const extraction: Extraction = {
    quotes,
    get facts() {
      return allFacts();
    },
    entities: d.entities,
  };
  return { extraction, links };
}

function restoreFacts(parts: readonly ArticleExtraction[], patches: readonly RecordPatch[]): Extraction['facts'] {
  const facts: Extraction['facts'] = [];
  let fi = 0;
  for (const p of parts) {
    for (const f of p.facts) {
      const patch = patches[fi++];
      facts.push(patch === 0 ? f : { ...f, ...patch });
    }
  }
  return facts;
}

function restoreLinks(parts: readonly ArticleExtraction[], saved: readonly string[]): EntityLinks | null {
  const links = new Map<string, string>();
  let i = 0;
  for (const p of parts)
    for (const e of p.entities) {
      const id = saved[i++];
      if (typeof id !== 'string') return null;
      if (id) links.set(e.id, id);
    }
  return i === saved.length ? links : null;
}
