import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { QuoteRecord } from '../model/records.js';
import { ABBREVIATIONS } from '../extract/lexicon.js';
import { leadIn } from '../search/lead.js';

/**
 * The sentence before each of an article's quotations (migration 009), from the text its records
 * cite: what /quote finds a quotation by beside its own and its passage's words. Every quotation
 * of the article is passed, since a sentence holding one of them is no lead.
 */
export function quoteLeads(text: string, quotes: readonly QuoteRecord[]): string[] {
  return quotes.map((q) => leadIn(text, q, quotes, ABBREVIATIONS));
}

/** Articles filled per batch: bounds what one batch holds in memory (their texts and quotations). */
const BATCH_ARTICLES = 200;

/** What a backfill did: quotations given their sentence before, over how many articles, in how long. */
export interface Backfill {
  quotes: number;
  articles: number;
  ms: number;
}

/**
 * Fills the sentence before of a version's quotations written before migration 009, which a new
 * version reuses as long as the article and the extraction code are unchanged, from the articles'
 * stored text. Batches of BATCH_ARTICLES articles in corpus order, each resuming where the last
 * ended: linear in the version, and no statement holds more than a batch. Only quotations without
 * one are written, so running it again, or beside another run, writes nothing twice.
 */
export async function backfillQuoteLeads(pool: pg.Pool, version: number, batchArticles = BATCH_ARTICLES): Promise<Backfill> {
  const started = performance.now();
  const done: Backfill = { quotes: 0, articles: 0, ms: 0 };
  const { rows } = await pool.query<{ extractor: string }>('SELECT extractor FROM index_versions WHERE version = $1', [version]);
  const extractor = rows[0]?.extractor;
  for (let after = -1; extractor !== undefined; ) {
    const batch = await articlesMissingLeads(pool, version, extractor, after, batchArticles);
    if (batch.length === 0) break;
    done.quotes += await fillLeads(pool, extractor, batch);
    done.articles += batch.length;
    after = batch[batch.length - 1]?.seq ?? after;
  }
  done.ms = performance.now() - started;
  return done;
}

interface MissingLeads {
  seq: number;
  id: string;
  hash: string;
  body: string;
}

/** The next articles of a version, after corpus position `after`, holding a quotation without its sentence before (index quotes_missing_lead, 010). */
async function articlesMissingLeads(pool: pg.Pool, version: number, extractor: string, after: number, limit: number): Promise<MissingLeads[]> {
  const { rows } = await pool.query<MissingLeads>(
    `SELECT v.seq, a.id, a.hash, a.body FROM version_articles v JOIN articles a ON a.id = v.article_id AND a.hash = v.hash
     WHERE v.version = $1 AND v.seq > $3
       AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = v.article_id AND q.hash = v.hash AND q.extractor = $2 AND q.lead IS NULL)
     ORDER BY v.seq LIMIT $4`,
    [version, extractor, after, limit],
  );
  return rows;
}

/** Writes the sentence before of every quotation of `batch`'s articles that lacks one; how many were written. */
async function fillLeads(pool: pg.Pool, extractor: string, batch: readonly MissingLeads[]): Promise<number> {
  const { rows } = await pool.query<{ article_id: string; seq: number; record: QuoteRecord }>(
    `SELECT q.article_id, q.seq, q.record FROM quotes q JOIN unnest($1::text[], $2::text[]) AS k(id, hash) ON q.article_id = k.id AND q.hash = k.hash
     WHERE q.extractor = $3 ORDER BY q.article_id, q.seq`,
    [batch.map((a) => a.id), batch.map((a) => a.hash), extractor],
  );
  const quotesOf = new Map<string, { seq: number; record: QuoteRecord }[]>();
  for (const r of rows) {
    const list = quotesOf.get(r.article_id) ?? [];
    list.push(r);
    quotesOf.set(r.article_id, list);
  }
  const filled = { ids: [] as string[], hashes: [] as string[], seqs: [] as number[], leads: [] as string[] };
  for (const article of batch) {
    const quotes = quotesOf.get(article.id) ?? [];
    const leads = quoteLeads(
      article.body,
      quotes.map((q) => q.record),
    );
    quotes.forEach((q, i) => {
      filled.ids.push(article.id);
      filled.hashes.push(article.hash);
      filled.seqs.push(q.seq);
      filled.leads.push(leads[i] ?? '');
    });
  }
  const written = await pool.query(
    `UPDATE quotes q SET lead = u.l FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS u(id, hash, s, l)
     WHERE q.article_id = u.id AND q.hash = u.hash AND q.extractor = $5 AND q.seq = u.s AND q.lead IS NULL`,
    [filled.ids, filled.hashes, filled.seqs, filled.leads, extractor],
  );
  return written.rowCount ?? 0;
}
