import pg from 'pg';
import type { Article, LoadWarning } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';
import { INDEX_FORMAT, corpusHash } from '../index/build.js';
import { backfillQuoteLeads, quoteLeads, type Backfill } from './leads.js';
import { migrate } from './migrate.js';
import { writeLinks, type LinkedVersion } from './links.js';
import {
  CHUNK,
  StoreError,
  chunks,
  claim,
  first,
  insertArticles,
  redact,
  toArticle,
  toVersion,
  type ArticleRow,
  type CandidateRef,
  type VersionRow,
} from './rows.js';
import type { ArticleKey, CoverageStore, IndexVersion, VersionCounts, VersionData } from './store.js';

/** The channel a completed version is announced on; the payload is its number. */
export const VERSION_CHANNEL = 'coverage_index_version';

/** The shared store on PostgreSQL (DATABASE_URL). */
export class PgStore implements CoverageStore {
  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  /** Connects and brings the schema up to date (idempotent; safe for many processes at once). */
  static async open(url: string, options: { max?: number } = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, application_name: 'coverage-bot' });
    // An idle client's lost connection must not crash the process: the next query reconnects.
    pool.on('error', () => undefined);
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end();
      throw new StoreError(`Could not prepare the database at ${redact(url)}: ${(err as Error).message}`);
    }
    return new PgStore(pool, url);
  }

  async beginVersion(articles: readonly Article[], warnings: readonly LoadWarning[], extractor: string): Promise<{ version: number; todo: ArticleKey[] }> {
    return this.transaction(async (db) => {
      const known = new Set<string>();
      for (const part of chunks(articles)) {
        const { rows } = await db.query<{ id: string; hash: string }>(
          'SELECT a.id, a.hash FROM articles a JOIN unnest($1::text[], $2::text[]) AS k(id, hash) ON a.id = k.id AND a.hash = k.hash',
          [part.map((a) => a.id), part.map((a) => a.hash)],
        );
        for (const r of rows) known.add(`${r.id}\0${r.hash}`);
      }
      // Article rows are content-addressed and never rewritten: only new contents are sent.
      for (const part of chunks(articles.filter((a) => !known.has(`${a.id}\0${a.hash}`)))) await insertArticles(db, part);
      const { rows } = await db.query<{ version: number }>('INSERT INTO index_versions (extractor, warnings) VALUES ($1, $2) RETURNING version', [
        extractor,
        JSON.stringify(warnings),
      ]);
      const version = first(rows).version;
      for (let i = 0; i < articles.length; i += CHUNK) {
        const part = articles.slice(i, i + CHUNK);
        await db.query(
          'INSERT INTO version_articles (version, seq, article_id, hash) SELECT $1, s, id, h FROM unnest($2::int[], $3::text[], $4::text[]) AS u(s, id, h)',
          [version, part.map((_, j) => i + j), part.map((a) => a.id), part.map((a) => a.hash)],
        );
      }
      const todo = await db.query<ArticleKey>(
        `SELECT v.article_id AS "articleId", v.hash FROM version_articles v
         LEFT JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2
         WHERE v.version = $1 AND e.article_id IS NULL ORDER BY v.seq`,
        [version, extractor],
      );
      await db.query('UPDATE index_versions SET remaining = $2 WHERE version = $1', [version, todo.rows.length]);
      return { version, todo: todo.rows };
    });
  }

  async article(key: ArticleKey): Promise<Article | null> {
    const { rows } = await this.pool.query<ArticleRow>('SELECT * FROM articles WHERE id = $1 AND hash = $2', [key.articleId, key.hash]);
    return rows[0] ? toArticle(rows[0]) : null;
  }

  async saveExtraction(part: ArticleExtraction, extractor: string, worker: string, text: string): Promise<boolean> {
    return this.transaction(async (db) => {
      const head = await db.query(
        'INSERT INTO extractions (article_id, hash, extractor, entities, worker) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1',
        [part.articleId, part.hash, extractor, JSON.stringify(part.entities), worker],
      );
      if (head.rowCount === 0) return false;
      const key = [part.articleId, part.hash, extractor];
      const leads = quoteLeads(text, part.quotes);
      await db.query(
        `INSERT INTO quotes (article_id, hash, extractor, seq, id, quotation, passage, speaker, record, lead)
         SELECT $1, $2, $3, s, i, t, p, sp, r::json, l FROM unnest($4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) AS u(s, i, t, p, sp, r, l)`,
        [
          ...key,
          part.quotes.map((_, i) => i),
          part.quotes.map((q) => q.id),
          part.quotes.map((q) => q.text),
          part.quotes.map((q) => q.passage.text),
          part.quotes.map((q) => q.speaker),
          part.quotes.map((q) => JSON.stringify(q)),
          leads,
        ],
      );
      await db.query(
        `INSERT INTO facts (article_id, hash, extractor, seq, id, statement, passage, record)
         SELECT $1, $2, $3, s, i, st, p, r::json FROM unnest($4::int[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u(s, i, st, p, r)`,
        [
          ...key,
          part.facts.map((_, i) => i),
          part.facts.map((f) => f.id),
          part.facts.map((f) => f.statement),
          part.facts.map((f) => f.passage.text),
          part.facts.map((f) => JSON.stringify(f)),
        ],
      );
      return true;
    });
  }

  async recordFailure(version: number, key: ArticleKey, reason: string): Promise<void> {
    await this.pool.query('INSERT INTO extraction_failures (version, article_id, hash, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      version,
      key.articleId,
      key.hash,
      reason,
    ]);
  }

  async settleArticle(version: number, articleId: string): Promise<boolean> {
    return this.transaction(async (db) => {
      const marked = await db.query('INSERT INTO version_settled (version, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [version, articleId]);
      if (marked.rowCount === 0) return false;
      await db.query('UPDATE index_versions SET remaining = remaining - 1 WHERE version = $1', [version]);
      return claim(db, version);
    });
  }

  async claimSettled(version: number): Promise<boolean> {
    return claim(this.pool, version);
  }

  async loadVersion(version: number, since?: number): Promise<VersionData & { order: ArticleKey[] }> {
    const head = await this.version(version);
    if (!head) throw new StoreError(`Index version ${version} is not in the database.`);
    const { warnings } = first((await this.pool.query<{ warnings: LoadWarning[] }>('SELECT warnings FROM index_versions WHERE version = $1', [version])).rows);
    // With `since`: texts and records only of the article contents that version did not list.
    const changed = `AND ($3::int IS NULL OR NOT EXISTS (SELECT 1 FROM version_articles p WHERE p.version = $3 AND p.article_id = v.article_id AND p.hash = v.hash))`;
    const join = `FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2`;
    const params = [version, head.extractor, since ?? null];
    const [order, articles, quotes, facts, failures] = await Promise.all([
      this.pool.query<ArticleKey>(`SELECT v.article_id AS "articleId", v.hash ${join} WHERE v.version = $1 ORDER BY v.seq`, [version, head.extractor]),
      this.pool.query<ArticleRow & { entities: Entity[] }>(
        `SELECT a.*, e.entities ${join} JOIN articles a ON a.id = v.article_id AND a.hash = v.hash WHERE v.version = $1 ${changed} ORDER BY v.seq`,
        params,
      ),
      this.pool.query<{ article_id: string; record: QuoteRecord }>(
        `SELECT q.article_id, q.record ${join} JOIN quotes q ON q.article_id = e.article_id AND q.hash = e.hash AND q.extractor = e.extractor
         WHERE v.version = $1 ${changed} ORDER BY v.seq, q.seq`,
        params,
      ),
      this.pool.query<{ article_id: string; record: FactRecord }>(
        `SELECT f.article_id, f.record ${join} JOIN facts f ON f.article_id = e.article_id AND f.hash = e.hash AND f.extractor = e.extractor
         WHERE v.version = $1 ${changed} ORDER BY v.seq, f.seq`,
        params,
      ),
      this.pool.query<{ file: string; reason: string }>(
        'SELECT a.file, f.reason FROM extraction_failures f JOIN articles a ON a.id = f.article_id AND a.hash = f.hash WHERE f.version = $1 ORDER BY a.id',
        [version],
      ),
    ]);
    const byArticle = <R>(rows: { article_id: string; record: R }[]): Map<string, R[]> => {
      const out = new Map<string, R[]>();
      for (const r of rows) {
        const list = out.get(r.article_id) ?? [];
        list.push(r.record);
        out.set(r.article_id, list);
      }
      return out;
    };
    const quotesOf = byArticle(quotes.rows);
    const factsOf = byArticle(facts.rows);
    const list = articles.rows.map(toArticle);
    const parts: ArticleExtraction[] = articles.rows.map((r) => ({
      articleId: r.id,
      hash: r.hash,
      quotes: quotesOf.get(r.id) ?? [],
      facts: factsOf.get(r.id) ?? [],
      entities: r.entities,
    }));
    return {
      format: INDEX_FORMAT,
      builtAt: (head.completedAt ?? head.createdAt).toISOString(),
      corpusHash: corpusHash(list),
      extractor: head.extractor,
      articles: list,
      parts,
      warnings: [...warnings, ...failures.rows],
      order: order.rows,
    };
  }

  fillQuoteLeads(version: number): Promise<Backfill> {
    return backfillQuoteLeads(this.pool, version);
  }

  async completeVersion(version: number, speakers: readonly Entity[], counts: VersionCounts, linked?: LinkedVersion): Promise<void> {
    await this.transaction(async (db) => {
      for (const part of chunks(speakers)) {
        await db.query(
          `INSERT INTO speakers (version, id, name, kind, aliases, articles, names)
           SELECT $1, i, n, k, string_to_array(al, E'\\x1f'), string_to_array(ar, E'\\x1f'), ns FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(i, n, k, al, ar, ns)`,
          [
            version,
            part.map((s) => s.id),
            part.map((s) => s.name),
            part.map((s) => s.kind),
            part.map((s) => s.aliases.join('\x1f')),
            part.map((s) => s.articles.join('\x1f')),
            part.map((s) => [s.name, ...s.aliases].join(' | ')),
          ],
        );
      }
      if (linked) {
        await writeLinks(db, version, linked, speakers);
        await db.query('SELECT write_version_word_counts($1)', [version]);
      }
      const done = await db.query(
        `UPDATE index_versions SET state = 'complete', articles = $2, quotes = $3, facts = $4, speakers = $5, failed = $6, completed_at = now(),
           quote_leads = version_quote_leads(version)
         WHERE version = $1 AND state = 'linking'`,
        [version, counts.articles, counts.quotes, counts.facts, counts.speakers, counts.failed],
      );
      if (done.rowCount !== 1) throw new StoreError(`Index version ${version} was not being linked; not marking it complete.`);
      // Each version lists every article: keep this one and the one before it (replicas may still be
      // switching from it), drop older finished ones. Article contents stay for later versions.
      await db.query(
        `DELETE FROM index_versions WHERE version < $1 AND state IN ('complete', 'failed')
         AND version <> COALESCE((SELECT max(version) FROM index_versions WHERE state = 'complete' AND version < $1), 0)`,
        [version],
      );
      // Delivered when the transaction commits, never before: a replica never sees a half-written version.
      await db.query('SELECT pg_notify($1, $2)', [VERSION_CHANNEL, String(version)]);
    });
  }

  /**
   * Quotations of a version sharing any word with `text` (PostgreSQL full-text search over the
   * quoted words, stemmed, any word rather than all: a fragment or a loose wording still finds
   * its quotation), best covered first. Candidates for the same ranking the index does.
   */
  async quoteCandidates(version: number, text: string, limit = 50): Promise<CandidateRef[]> {
    const { rows } = await this.pool.query<CandidateRef>(
      `WITH query AS (SELECT NULLIF(replace(plainto_tsquery('english', $2)::text, ' & ', ' | '), '')::tsquery AS q)
       SELECT q.article_id AS "articleId", q.id, ts_rank_cd(q.search, query.q) AS rank
       FROM query, version_articles v JOIN index_versions iv ON iv.version = v.version
       JOIN quotes q ON q.article_id = v.article_id AND q.hash = v.hash AND q.extractor = iv.extractor
       WHERE v.version = $1 AND query.q IS NOT NULL AND q.search @@ query.q
       ORDER BY rank DESC, q.article_id, q.seq LIMIT $3`,
      [version, text, limit],
    );
    return rows;
  }

  /** A version's speakers whose name or an alias is like `name` (pg_trgm word similarity: typos, a surname alone), most alike first. */
  async speakerCandidates(version: number, name: string, limit = 10): Promise<{ id: string; name: string; similarity: number }[]> {
    const { rows } = await this.pool.query<{ id: string; name: string; similarity: number }>(
      `SELECT id, name, word_similarity($2, names) AS similarity FROM speakers
       WHERE version = $1 AND $2 <% names ORDER BY similarity DESC, name LIMIT $3`,
      [version, name, limit],
    );
    return rows;
  }

  async failVersion(version: number, error: string): Promise<void> {
    await this.pool.query("UPDATE index_versions SET state = 'failed', error = $2 WHERE version = $1 AND state <> 'complete'", [version, error]);
  }

  async version(version: number): Promise<IndexVersion | null> {
    const { rows } = await this.pool.query<VersionRow>('SELECT * FROM index_versions WHERE version = $1', [version]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async latestComplete(): Promise<IndexVersion | null> {
    const { rows } = await this.pool.query<VersionRow>("SELECT * FROM index_versions WHERE state = 'complete' ORDER BY version DESC LIMIT 1");
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async onComplete(listener: (version: number) => void): Promise<() => Promise<void>> {
    let stopped = false;
    let client: pg.Client | null = null;
    const retry = () => {
      if (!stopped) setTimeout(() => void connect(true), 1000).unref();
    };
    // LISTEN needs a connection of its own for as long as it listens, outside the pool. A lost one
    // (a database restart, a failover) is replaced every second until it is back; notifications
    // sent meanwhile are missed, so the listener is called once on reconnecting (version 0: "look").
    const connect = async (again: boolean): Promise<void> => {
      const next = new pg.Client({ connectionString: this.url, application_name: 'coverage-bot-listen' });
      let gone = false;
      const lost = () => {
        if (gone || stopped) return;
        gone = true;
        if (client === next) client = null;
        next.end().catch(() => undefined);
        retry();
      };
      next.on('notification', (n) => {
        const version = Number(n.payload);
        if (n.channel === VERSION_CHANNEL && Number.isInteger(version)) listener(version);
      });
      next.on('error', lost);
      next.on('end', lost);
      client = next;
      try {
        await next.connect();
        await next.query(`LISTEN ${VERSION_CHANNEL}`);
      } catch (err) {
        if (!again) {
          gone = true;
          await next.end().catch(() => undefined);
          throw err;
        }
        lost();
        return;
      }
      if (again) listener(0);
    };
    await connect(false);
    return async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const db = await this.pool.connect();
    try {
      await db.query('BEGIN');
      const out = await work(db);
      await db.query('COMMIT');
      return out;
    } catch (err) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      db.release();
    }
  }
}

export { StoreError, redact, type CandidateRef };
