import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';

/**
 * The article a quotation stands in says what it is about too: a quotation from a story about
 * ethanol is likelier the one meant by "ethanol drawing less notice" than another story's
 * quotation that shares a common word with the topic. Among several stories on the same themes,
 * this keeps another story's quotations from crowding the top; over every speaker's quotations,
 * and among a named speaker's as well, since a candidate quoted in story after story has a
 * quotation in most of them sharing a word, or a word-vector neighbour (see topic-read.ts), with
 * any topic.
 */

/**
 * How much of a quotation's rank rests on how much of the topic its whole article covers. Over
 * half: beside unrelated stories, another story's quotation sharing one word of the topic used to
 * crowd out the one from the story the topic describes (issue 13, measured with distractor
 * articles; 0.5 and 0.85 were measured too).
 */
export const ARTICLE_SHARE = 0.7;
/**
 * An idea of the topic counts as covered by an article that holds any word standing for it worth
 * this much or more: whether the story speaks of it, not how closely, so that "immigration" and
 * "immigrants" weigh the same stories alike.
 */
export const ARTICLE_MIN_FACTOR = 0.5;
/** Only the best this many quotations are read against their articles: the rest rank below them anyway. */
const RERANKED = 60;

export interface Ranked {
  record: QuoteRecord;
  score: number;
  /** What the quotations are ordered by: the score, weighed by the article's coverage of the topic. */
  rank: number;
}

/**
 * Sets each hit's rank: its score times (1 − ARTICLE_SHARE + ARTICLE_SHARE × the share of the
 * topic its article covers, by `cover` over the article's words: see ARTICLE_MIN_FACTOR). Hits past the best RERANKED
 * rank as if their article covered nothing.
 */
export function rankByArticle(index: CoverageIndex, hits: Ranked[], cover: (words: readonly string[]) => number): void {
  const best = [...hits].sort((a, b) => b.score - a.score).slice(0, RERANKED);
  const read = new Set(best);
  const byArticle = new Map<string, number>();
  for (const h of hits) {
    let share = 0;
    if (read.has(h)) {
      const known = byArticle.get(h.record.articleId);
      share = known ?? cover(tokenize(index.search.articles.get(h.record.articleId)?.text ?? ''));
      byArticle.set(h.record.articleId, share);
    }
    h.rank = h.score * (1 - ARTICLE_SHARE + ARTICLE_SHARE * share);
  }
}
