import type pg from 'pg';
import type { FactRecord, QuoteRecord } from '../model/records.js';
import type { LinkPatch } from './links.js';
import type { ArticleRow } from './rows.js';
import { anyWord, candidatePage, withRecords, type ScopedArticle, type WordNeeds } from './scoped.js';

/**
 * Reads for a question answered in batches (src/replica/batched.ts): the whole list of articles
 * its needs reach, once, and a batch's articles with only the records that hold a needed word.
 */

/** Every article a question's needs reach, in corpus order: one query, then cut into batches (not the whole query again per batch). */
export async function candidateOrder(pool: pg.Pool, version: number, extractor: string, needs: WordNeeds): Promise<{ id: string; seq: number }[]> {
  return candidatePage(pool, version, extractor, needs, -1, 2 ** 31 - 1);
}

/**
 * The articles (by id) of `version` whole (texts, leads, outlets), each with only its quotations
 * whose words, passage words or lead words hold a needed word of that kind, and its facts whose words
 * hold a needed fact word: the records a word search can return. Linking's patches are applied by
 * each record's place in its article (`seq`), as loadArticles applies them by position.
 */
export async function loadMatching(pool: pg.Pool, version: number, extractor: string, ids: readonly string[], needs: WordNeeds): Promise<ScopedArticle[]> {
  if (ids.length === 0) return [];
  const join = `FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2`;
  const where = 'WHERE v.version = $1 AND v.article_id = ANY($3::text[])';
  const quoteWords = anyWord(needs.quotes, needs.quotePrefixes);
  const passageWords = anyWord(needs.passages);
  const leadWords = anyWord(needs.quoteLeads);
  const factWords = anyWord(needs.facts, needs.factPrefixes);
  const none = { rows: [] };
  const [articles, quotes, facts, links] = await Promise.all([
    pool.query<ArticleRow & { seq: number }>(`SELECT a.*, v.seq ${join} JOIN articles a ON a.id = v.article_id AND a.hash = v.hash ${where}`, [
      version,
      extractor,
      ids,
    ]),
    quoteWords || passageWords || leadWords
      ? pool.query<{ article_id: string; seq: number; record: QuoteRecord }>(
          `SELECT q.article_id, q.seq, q.record ${join} JOIN quotes q ON q.article_id = e.article_id AND q.hash = e.hash AND q.extractor = e.extractor ${where}
           AND (($4::text IS NOT NULL AND q.words @@ to_tsquery('simple', $4)) OR ($5::text IS NOT NULL AND q.passage_words @@ to_tsquery('simple', $5))
             OR ($6::text IS NOT NULL AND q.lead_words @@ to_tsquery('simple', $6)))
           ORDER BY q.article_id, q.seq`,
          [version, extractor, ids, quoteWords, passageWords, leadWords],
        )
      : none,
    factWords
      ? pool.query<{ article_id: string; seq: number; record: FactRecord }>(
          `SELECT f.article_id, f.seq, f.record ${join} JOIN facts f ON f.article_id = e.article_id AND f.hash = e.hash AND f.extractor = e.extractor ${where}
           AND f.words @@ to_tsquery('simple', $4) ORDER BY f.article_id, f.seq`,
          [version, extractor, ids, factWords],
        )
      : none,
    pool.query<{ article_id: string; quotes: LinkPatch[]; facts: LinkPatch[] }>(
      'SELECT article_id, quotes, facts FROM version_links WHERE version = $1 AND article_id = ANY($2::text[])',
      [version, ids],
    ),
  ]);
  // Only some of an article's records are read: each keeps its own place among them for its patch.
  return withRecords(articles.rows, quotes.rows, facts.rows, links.rows, (r) => r.seq);
}
