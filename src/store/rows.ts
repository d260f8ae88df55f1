import type pg from 'pg';
import type { Article, Span } from '../model/article.js';
import type { IndexVersion, VersionState } from './store.js';

/** Rows sent in one statement: bounds a statement's size on a large corpus. */
export const CHUNK = 500;

export class StoreError extends Error {
  override name = 'StoreError';
}

/** Building with nothing left to extract → linking, for exactly one caller: concurrent callers wait on the row lock and find it taken. */
export async function claim(db: pg.Pool | pg.PoolClient, version: number): Promise<boolean> {
  const won = await db.query("UPDATE index_versions SET state = 'linking' WHERE version = $1 AND state = 'building' AND remaining <= 0 RETURNING version", [
    version,
  ]);
  return won.rowCount === 1;
}

/** A record found by the database's search: which article, which record, and the database's rank. */
export interface CandidateRef {
  articleId: string;
  id: string;
  rank: number;
}

export interface ArticleRow {
  id: string;
  hash: string;
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  body: string;
  paragraphs: Span[];
}

export interface VersionRow {
  version: number;
  state: VersionState;
  extractor: string;
  articles: number;
  quotes: number;
  facts: number;
  speakers: number;
  failed: number;
  quote_leads: boolean;
  linked: boolean;
  word_counts: boolean;
  error: string | null;
  created_at: Date;
  completed_at: Date | null;
}

export async function insertArticles(db: pg.PoolClient, part: readonly Article[]): Promise<void> {
  await db.query(
    `INSERT INTO articles (id, hash, file, title, outlet, published, url, body, paragraphs)
     SELECT i, h, f, t, o, d, u, b, p::json FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
     AS x(i, h, f, t, o, d, u, b, p) ON CONFLICT DO NOTHING`,
    [
      part.map((a) => a.id),
      part.map((a) => a.hash),
      part.map((a) => a.file),
      part.map((a) => a.title),
      part.map((a) => a.outlet),
      part.map((a) => a.date),
      part.map((a) => a.url),
      part.map((a) => a.text),
      part.map((a) => JSON.stringify(a.paragraphs)),
    ],
  );
}

export function toArticle(r: ArticleRow): Article {
  return { id: r.id, file: r.file, title: r.title, date: r.published, outlet: r.outlet, url: r.url, text: r.body, paragraphs: r.paragraphs, hash: r.hash };
}

export function toVersion(r: VersionRow): IndexVersion {
  return {
    version: r.version,
    state: r.state,
    extractor: r.extractor,
    articles: r.articles,
    quotes: r.quotes,
    facts: r.facts,
    speakers: r.speakers,
    failed: r.failed,
    quoteLeads: r.quote_leads,
    linked: r.linked,
    wordCounts: r.word_counts,
    error: r.error,
    createdAt: r.created_at,
    completedAt: r.completed_at,
  };
}

/** The one row a statement always returns (an INSERT … RETURNING, a count). */
export function first<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new StoreError('The database returned no row where one was expected.');
  return row;
}

export function* chunks<T>(list: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < list.length; i += CHUNK) yield list.slice(i, i + CHUNK);
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
