import { INDEX_FORMAT, type CoverageIndex, type IndexData } from '../index/build.js';
import { ArticleFacts } from '../index/facts.js';
import type { LoadWarning } from '../model/article.js';
import type { Entity } from '../model/records.js';
import { createScopedSearch } from '../search/engine.js';
import type { CutObserver, ScopedWords } from '../search/search.js';
import type { Population } from '../search/search.js';
import type { ScopedArticle, WordNeeds } from '../store/scoped.js';
import { RecordingSearch } from './recording.js';

/** What a scoped replica knows of the version it answers from, without holding its articles. */
export interface VersionHead {
  version: number;
  extractor: string;
  /** The version's record counts: words are weighed over the whole corpus (see TermIndex.scoped). */
  population: Population;
  /** Whether every quotation had its sentence before stored when the version was completed (IndexVersion.quoteLeads); without, /quote is not bounded (batched.ts). */
  leads: boolean;
  /** Whether the version's word counts are stored (IndexVersion.wordCounts): read, not counted per question (corpusWords). */
  wordCounts: boolean;
  articles: number;
  warnings: LoadWarning[];
  builtAt: string;
}

/**
 * A CoverageIndex over some articles of a version (in corpus order, records as linked) and the
 * speakers they need, made by the same pieces openIndex uses; its search weighs words over the
 * whole version and notes what answers ask it (`asked`). With `batch`, `list` is one batch of the
 * articles a question reaches: words are weighed by the version's counts in `batch.words`, and the
 * articles of every record a search returns are noted in `batch.winners`, and every first cut
 * its searches make is told to `batch.cuts` (the bound on articles not read, see first-cut.ts).
 * With `batch.counts` (quoteWordCounts), a word's rarity is the version's, whatever was read.
 * `list` may hold only some records of its articles (loadMatching): an answer that reads records
 * only through word searches sees what the whole articles would give it; which answers do is
 * declared in the command table (`reads`), not watched here.
 */
export function scopedIndex(
  head: VersionHead,
  list: readonly ScopedArticle[],
  entities: Entity[],
  asked: WordNeeds,
  batch?: { words?: ScopedWords; winners?: Set<string>; cuts?: CutObserver; counts?: ReadonlyMap<string, number> },
): CoverageIndex {
  const articles = list.map((x) => x.article);
  const quotes = list.flatMap((x) => x.quotes);
  const order = list.map((x) => x.article.id);
  const facts = ArticleFacts.ofList(
    list.flatMap((x) => x.facts),
    order,
  );
  const data: IndexData = {
    format: INDEX_FORMAT,
    builtAt: head.builtAt,
    corpusHash: stampOf(head),
    extractor: head.extractor,
    articles,
    parts: list.map((x) => ({ articleId: x.article.id, hash: x.article.hash, quotes: x.quotes, entities: [] })),
    facts,
    warnings: head.warnings,
  };
  // A batch's winners include every record past a search's first cut by word weight, not only what
  // it returned: a record the whole corpus's first cut keeps is in its batch's, so the last run over
  // the winners holds the corpus's first cut whole, and its second stage (words side by side,
  // fuse.js) ranks the same records as a run over every article would. With only the returned
  // records, a batch's ranking among its own weaker candidates could drop one the whole would keep.
  const winners = batch?.winners;
  const seen = winners ? (records: readonly { articleId: string }[]) => records.forEach((r) => winners.add(r.articleId)) : undefined;
  const search = createScopedSearch(
    { articles: new Map(articles.map((a) => [a.id, a])), quotes, facts, entities },
    head.population,
    batch?.words,
    seen,
    batch?.cuts,
  );
  const index: CoverageIndex = {
    data,
    extraction: { quotes, entities },
    facts,
    links: null,
    families: null,
    search: new RecordingSearch(search, asked, batch?.winners, batch?.counts && { counts: batch.counts, quotes: head.population.quotes }),
  };
  return index;
}

/** What stands for the version's corpus hash (buttons made on an older version are stale). */
export function stampOf(head: Pick<VersionHead, 'version' | 'extractor'>): string {
  return `store-version:${head.version}:${head.extractor}`;
}
