import type { Article, LoadWarning } from '../model/article.js';
import type { Entity, Extraction, FactRecord } from '../model/records.js';
import { extractArticle, type ArticleExtraction } from '../extract/index.js';
import { isFailure, type ExtractResult } from '../runtime/workers.js';
import { mergeEntities, mergeEntitiesSliced, mergeSteps, type EntityLinks, type FamilyState } from '../link/speakers.js';
import { Slicer, runSliced } from '../runtime/slices.js';
import { derivedFingerprint, extractorFingerprint } from './fingerprint.js';
import type { SearchEngine } from '../search/search.js';
import { createSearch, isRefusal, loadSearch, rebuildSearch, type SavedSearch } from '../search/engine.js';
import { ArticleFacts, type FactStore, type FactsUnreadable } from './facts.js';

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
  /** Per-article extraction, kept so a reindex re-extracts only new or changed files; their facts are in `facts`. */
  parts: IndexedPart[];
  /** Each part's facts as extracted: a start from a snapshot parses them on first use (see facts.ts). */
  facts: FactStore;
  warnings: LoadWarning[];
  /** Only on data just read from a snapshot: start-up work saved with it (see Derived); dropped once opened. */
  derived?: Derived;
}

/** An article's extraction but its facts, which the index keeps in a FactStore. */
export type IndexedPart = Omit<ArticleExtraction, 'facts'>;

/** IndexData whose parts still hold their facts, as extraction gives them. */
export type PlainIndexData = Omit<IndexData, 'parts' | 'facts'> & { parts: ArticleExtraction[] };

/** IndexData from parts that hold their facts: the store takes the facts as they are. */
export function indexData(plain: PlainIndexData): IndexData {
  return { ...plain, facts: ArticleFacts.ofParts(plain.parts) };
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
  /** The merged quotations and speakers; the merged facts are in `facts`. */
  extraction: Omit<Extraction, 'facts'>;
  /** The facts as answers read them (speaker names merged), per article and in all. */
  facts: FactStore;
  /** Which entity each article-local entity joined: lets the next reindex reuse unchanged articles' records. */
  links: EntityLinks | null;
  /**
   * The merge's name families: lets the next reindex merge only the families a change touches.
   * Null after a start from a snapshot until the background work (settleIndex) has made them.
   */
  families: FamilyState | null;
  search: SearchEngine;
  /** Why the saved start-up work of a snapshot was not used, when it was there and was not (for the log). */
  restoreNote?: string;
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
  const parts: IndexedPart[] = kept.map((a) => fresh.get(a.id) ?? (reusable.get(a.id) as IndexedPart));
  // A reused part's facts stay where they are (maybe still unparsed) until something reads them.
  const before = previous?.facts;
  const facts = ArticleFacts.of(
    kept.map((a) => {
      const made = fresh.get(a.id);
      if (made || !before) return { articleId: a.id, facts: made?.facts ?? [] };
      return { articleId: a.id, count: before.countFor(a.id), parse: () => before.forArticle(a.id) };
    }),
  );
  const skipped = articles.filter((a) => failed.has(a.id)).map((a) => ({ file: a.file, reason: failed.get(a.id)! }));
  const all = skipped.length ? [...warnings, ...skipped] : warnings;
  return {
    format: INDEX_FORMAT,
    builtAt: new Date().toISOString(),
    corpusHash: corpusHash(kept),
    extractor: current,
    articles: kept,
    parts,
    facts,
    warnings: all,
  };
}

/** Parts joined with their facts, as the speaker merge and the snapshot writer read them. */
const joined = new WeakMap<IndexedPart, ArticleExtraction>();

/**
 * `data`'s parts with their facts (read, so parsed, now: @throws FactsUnreadable). The same part
 * gives the same object every time: the speaker merge reuses its earlier work for a part it
 * merged before only when it is the very object.
 */
export function partsWithFacts(data: Pick<IndexData, 'parts' | 'facts'>): ArticleExtraction[] {
  return data.parts.map((p) => {
    let whole = joined.get(p);
    if (!whole) {
      whole = { ...p, facts: data.facts.forArticle(p.articleId) as FactRecord[] };
      joined.set(p, whole);
    }
    return whole;
  });
}

/**
 * Like openIndex, but the search structures are built in time slices: a reindex uses this so
 * the live index keeps answering while the next one is assembled on the same thread.
 */
export async function openIndexSliced(data: IndexData, previous?: CoverageIndex): Promise<CoverageIndex> {
  const prior = previous?.links
    ? {
        parts: partsWithFacts(previous.data),
        merged: { ...previous.extraction, facts: previous.facts.all() as FactRecord[], links: previous.links, families: previous.families },
      }
    : undefined;
  const { links, families, facts: merged, ...extraction } = await mergeEntitiesSliced(partsWithFacts(data), new Slicer(), prior);
  const facts = ArticleFacts.ofList(
    merged,
    data.parts.map((p) => p.articleId),
  );
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const search = await rebuildSearch({ articles, quotes: extraction.quotes, facts, entities: extraction.entities }, previous?.search);
  return { data, extraction, facts, links, families, search };
}

export function openIndex(data: IndexData, given?: Extraction & { links?: EntityLinks; families?: FamilyState }): CoverageIndex {
  const { derived, ...plain } = data;
  const articles = new Map(plain.articles.map((a) => [a.id, a]));
  const usable = !given && derived?.code === derivedFingerprint() ? derived : undefined;
  const restored = usable && restoreExtraction(plain, usable);
  let restoreNote = derived && !given && !usable ? 'the saved start-up work was made by other code' : undefined;
  if (usable && !restored) restoreNote = 'the saved start-up work does not fit the saved records';
  if (usable && restored) {
    const { extraction, facts, links } = restored;
    const search = loadSearch({ articles, quotes: extraction.quotes, facts, entities: extraction.entities }, usable.search);
    if (!isRefusal(search)) return { data: plain, extraction, facts, links, families: null, search };
    restoreNote = search.refused;
  }
  const { links = null, families = null, facts: merged, ...extraction } = given ?? mergeEntities(partsWithFacts(plain));
  const facts = ArticleFacts.ofList(
    merged,
    plain.parts.map((p) => p.articleId),
  );
  const search = createSearch({ articles, quotes: extraction.quotes, facts, entities: extraction.entities });
  return { data: derived ? plain : data, extraction, facts, links, families, search, ...(restoreNote ? { restoreNote } : {}) };
}

/**
 * Parses what a start from a snapshot left for first use (each article's facts, see facts.ts),
 * pausing between articles: run in the background, so /ask rarely has to wait for it. Saved facts
 * that cannot be read come back as the value, not thrown.
 */
export function* settleIndex(index: CoverageIndex): Generator<void, FactsUnreadable | null> {
  const unreadable = (yield* index.data.facts.settle()) ?? (yield* index.facts.settle());
  if (unreadable) return unreadable;
  yield;
  if (index.families) return null;
  // The saved merge outcome has no name families; merging once more makes them, and warms the
  // merge's code and name caches, so that the first reindex after a start is as quick as the next.
  const { data, extraction, links } = index;
  const parts = partsWithFacts(data);
  const merged = { ...extraction, facts: index.facts.all() as FactRecord[] };
  const { families } = yield* mergeSteps(parts, links ? { parts, merged: { ...merged, links } } : undefined);
  index.families = families;
  return null;
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
  const { quotes, entities } = index.extraction;
  const q = yield* patches(
    parts.flatMap((p) => p.quotes),
    quotes,
  );
  const f = yield* patches(index.data.facts.all(), index.facts.all());
  const search = index.search.save();
  if (!q || !f || !index.links || !search) return null;
  const links = index.links;
  const linked = parts.flatMap((p) => p.entities.map((e) => links.get(e.id) ?? ''));
  return { code: derivedFingerprint(), entities, quotes: q, facts: f, links: linked, search };
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
 * from it. Its facts are patched article by article when first read, as the parts' own facts are
 * parsed then (see facts.ts); the counts are checked now.
 */
function restoreExtraction(
  data: Pick<IndexData, 'parts' | 'facts'>,
  d: Derived,
): { extraction: CoverageIndex['extraction']; facts: FactStore; links: EntityLinks } | null {
  const quotes: Extraction['quotes'] = [];
  let qi = 0;
  for (const p of data.parts) {
    if (qi + p.quotes.length > d.quotes.length) return null;
    for (const q of p.quotes) {
      const patch = d.quotes[qi++];
      quotes.push(patch === 0 ? q : { ...q, ...patch });
    }
  }
  if (qi !== d.quotes.length || data.facts.count !== d.facts.length) return null;
  const links = restoreLinks(data.parts, d.links);
  if (!links) return null;
  let at = 0;
  const facts = ArticleFacts.of(
    data.parts.map(({ articleId }) => {
      const from = at;
      const count = data.facts.countFor(articleId);
      at += count;
      const parse = (): FactRecord[] =>
        data.facts.forArticle(articleId).map((f, i) => {
          const patch = d.facts[from + i];
          return patch === 0 ? f : { ...f, ...patch };
        });
      return { articleId, count, parse };
    }),
  );
  return { extraction: { quotes, entities: d.entities }, facts, links };
}

function restoreLinks(parts: readonly IndexedPart[], saved: readonly string[]): EntityLinks | null {
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
