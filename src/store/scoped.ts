import type pg from 'pg';
import type { Article, LoadWarning } from '../model/article.js';
import type { Entity, EntityKind, FactRecord, QuoteRecord } from '../model/records.js';
import { applyPatch, type LinkPatch, type Voice } from './links.js';
import { toArticle, type ArticleRow } from './rows.js';

/**
 * Reads for a scoped replica (src/replica/scoped.ts): which articles of a version a question
 * needs, and those articles' records as linked, never the whole version.
 */

/** Words a question searches, per kind of record; `prefixes` also find longer words starting with them. */
export interface WordNeeds {
  quotes: Set<string>;
  quotePrefixes: Set<string>;
  passages: Set<string>;
  /** Words of the sentence before a quotation (its stored lead, migration 009). */
  quoteLeads: Set<string>;
  /**
   * Words whose number of quotations over the whole version an answer weighs by (TopicTerms.rarity):
   * read as counts (quoteWordCounts), no record of them, since a count is all the answer takes.
   */
  quoteCounts: Set<string>;
  facts: Set<string>;
  factPrefixes: Set<string>;
  speakers: Set<string>;
  speakerPrefixes: Set<string>;
  /** Names typed, for typo-tolerant speaker lookups (pg_trgm). */
  speakerNames: Set<string>;
  /** Speakers whose every article is needed (a search among one speaker's quotations). */
  speakerIds: Set<string>;
  /** Words of article titles and first paragraphs (an article on a topic by its lead). */
  leads: Set<string>;
  /** Outlet keys (see outlet_key in 004) whose every article is needed; with any, one article of each outlet too (the list of outlets). */
  outlets: Set<string>;
}

export function emptyNeeds(): WordNeeds {
  return {
    quotes: new Set(),
    quotePrefixes: new Set(),
    passages: new Set(),
    quoteLeads: new Set(),
    quoteCounts: new Set(),
    facts: new Set(),
    factPrefixes: new Set(),
    speakers: new Set(),
    speakerPrefixes: new Set(),
    speakerNames: new Set(),
    speakerIds: new Set(),
    leads: new Set(),
    outlets: new Set(),
  };
}

/** One article of a version with its records as linked, and its place in corpus order. */
export interface ScopedArticle {
  seq: number;
  article: Article;
  quotes: QuoteRecord[];
  facts: FactRecord[];
}

/**
 * A `simple` tsquery matching any of the words (and, for prefixes, any word they begin); null when
 * none can match. Words are the search's own (src/search/tokens.ts tokenize: letters and digits of
 * any script), which the database's word columns hold too (coverage_words, migration 006); anything
 * else could not be in a column and would be tsquery syntax, so it is left out.
 */
export function anyWord(words: Iterable<string>, prefixes: Iterable<string> = []): string | null {
  const terms = [...[...words].filter(isColumnWord), ...[...prefixes].filter(isColumnWord).map((w) => `${w}:*`)];
  return terms.length ? [...new Set(terms)].join(' | ') : null;
}

/** A word the database's word columns can hold: letters and digits of any script, as the search tokenizes. */
export function isColumnWord(word: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(word);
}

const IN_VERSION = 'JOIN version_articles v ON v.version = $1 AND v.article_id = r.article_id AND v.hash = r.hash';

/** Every article a question's needs reach, with a score per reason ($1 version, $2 extractor, $3…$9 from hitParams). */
const HITS = `WITH hits AS (
       SELECT r.article_id, ts_rank(r.words, to_tsquery('simple', $3)) AS score FROM quotes r ${IN_VERSION}
        WHERE $3::text IS NOT NULL AND r.extractor = $2 AND r.words @@ to_tsquery('simple', $3)
       UNION ALL
       SELECT r.article_id, ts_rank(r.passage_words, to_tsquery('simple', $4)) FROM quotes r ${IN_VERSION}
        WHERE $4::text IS NOT NULL AND r.extractor = $2 AND r.passage_words @@ to_tsquery('simple', $4)
       UNION ALL
       SELECT r.article_id, ts_rank(r.lead_words, to_tsquery('simple', $9)) FROM quotes r ${IN_VERSION}
        WHERE $9::text IS NOT NULL AND r.extractor = $2 AND r.lead_words @@ to_tsquery('simple', $9)
       UNION ALL
       SELECT r.article_id, ts_rank(r.words, to_tsquery('simple', $5)) FROM facts r ${IN_VERSION}
        WHERE $5::text IS NOT NULL AND r.extractor = $2 AND r.words @@ to_tsquery('simple', $5)
       UNION ALL
       SELECT unnest(s.articles), 1000 FROM speakers s WHERE s.version = $1 AND s.id = ANY($6::text[])
       UNION ALL
       SELECT a.id, ts_rank(a.lead_words, to_tsquery('simple', $7)) FROM articles a JOIN version_articles v ON v.version = $1 AND v.article_id = a.id AND v.hash = a.hash
        WHERE $7::text IS NOT NULL AND a.lead_words @@ to_tsquery('simple', $7)
       UNION ALL
       SELECT a.id, 1000 FROM articles a JOIN version_articles v ON v.version = $1 AND v.article_id = a.id AND v.hash = a.hash
        WHERE a.outlet_key = ANY($8::text[])
       UNION ALL
       (SELECT DISTINCT ON (a.outlet_key) a.id, 2000 FROM articles a JOIN version_articles v ON v.version = $1 AND v.article_id = a.id AND v.hash = a.hash
        WHERE cardinality($8::text[]) > 0 AND a.outlet IS NOT NULL ORDER BY a.outlet_key, v.seq)
     )
`;

/** HITS' parameters; null when the needs reach no article. */
function hitParams(version: number, extractor: string, needs: WordNeeds): unknown[] | null {
  const quotes = anyWord(needs.quotes, needs.quotePrefixes);
  const passages = anyWord(needs.passages);
  const facts = anyWord(needs.facts, needs.factPrefixes);
  const leads = anyWord(needs.leads);
  const quoteLeads = anyWord(needs.quoteLeads);
  const ids = [...needs.speakerIds];
  const outlets = [...needs.outlets];
  if (!quotes && !passages && !facts && !leads && !quoteLeads && ids.length === 0 && outlets.length === 0) return null;
  return [version, extractor, quotes, passages, facts, ids, leads, outlets, quoteLeads];
}

/**
 * Articles of `version` holding any needed word or quoting a needed speaker, in corpus order; at
 * most `cap`, the best matched kept when there are more (`more` says so).
 */
export async function candidateArticles(
  pool: pg.Pool,
  version: number,
  extractor: string,
  needs: WordNeeds,
  cap: number,
): Promise<{ ids: string[]; more: boolean }> {
  const params = hitParams(version, extractor, needs);
  if (!params) return { ids: [], more: false };
  const { rows } = await pool.query<{ article_id: string; seq: number }>(
    `${HITS}
     SELECT h.article_id, v.seq FROM hits h JOIN version_articles v ON v.version = $1 AND v.article_id = h.article_id
     GROUP BY h.article_id, v.seq ORDER BY sum(h.score) DESC, v.seq LIMIT $10`,
    [...params, cap + 1],
  );
  const kept = rows.slice(0, cap).sort((a, b) => a.seq - b.seq);
  return { ids: kept.map((r) => r.article_id), more: rows.length > cap };
}

/**
 * The articles a question's needs reach, in corpus order, `size` at most after corpus position
 * `afterSeq`: a question reaching more than a replica reads at once is answered over these pages.
 */
export async function candidatePage(
  pool: pg.Pool,
  version: number,
  extractor: string,
  needs: WordNeeds,
  afterSeq: number,
  size: number,
): Promise<{ id: string; seq: number }[]> {
  const params = hitParams(version, extractor, needs);
  if (!params) return [];
  const { rows } = await pool.query<{ id: string; seq: number }>(
    `${HITS}
     SELECT DISTINCT h.article_id AS id, v.seq FROM hits h JOIN version_articles v ON v.version = $1 AND v.article_id = h.article_id
     WHERE v.seq > $10 ORDER BY v.seq LIMIT $11`,
    [...params, afterSeq, size],
  );
  return rows;
}

/** Per kind of record, how many records of the version hold each word (see corpusWords). */
export interface VersionWords {
  quotes: Map<string, number>;
  passages: Map<string, number>;
  leads: Map<string, number>;
  facts: Map<string, number>;
}

/**
 * How many records of the version hold each word a question reaches (its words, and every word
 * its unfinished ones begin), per kind: what a batch of the records weighs words by (CorpusWords).
 * `stored` (IndexVersion.wordCounts): read from the counts written when the version was completed
 * (migration 014), one look-up in the version's vocabulary. Else counted by ts_stat over the
 * records holding them: linear in those records, which for a common word is most of the version.
 */
export async function corpusWords(pool: pg.Pool, version: number, extractor: string, needs: WordNeeds, stored = false): Promise<VersionWords> {
  if (stored) return storedWords(pool, version, needs);
  const [quotes, passages, leads, facts] = await Promise.all([
    recordCounts(pool, version, extractor, 'quotes', 'words', needs.quotes, needs.quotePrefixes),
    recordCounts(pool, version, extractor, 'quotes', 'passage_words', needs.passages),
    recordCounts(pool, version, extractor, 'quotes', 'lead_words', needs.quoteLeads),
    recordCounts(pool, version, extractor, 'facts', 'words', needs.facts, needs.factPrefixes),
  ]);
  return { quotes, passages, leads, facts };
}

const KINDS = { q: 'quotes', p: 'passages', l: 'leads', f: 'facts' } as const;

/** corpusWords from the version's stored counts (version_words, migration 014). */
async function storedWords(pool: pg.Pool, version: number, needs: WordNeeds): Promise<VersionWords> {
  const out: VersionWords = { quotes: new Map(), passages: new Map(), leads: new Map(), facts: new Map() };
  const { rows } = await pool.query<{ kind: keyof typeof KINDS; word: string; records: number }>(
    `SELECT kind, word, records FROM version_words WHERE version = $1 AND records IS NOT NULL AND (
       (kind = 'q' AND (word = ANY($2::text[]) OR EXISTS (SELECT 1 FROM unnest($3::text[]) AS p(prefix) WHERE starts_with(word, p.prefix))))
       OR (kind = 'p' AND word = ANY($4::text[]))
       OR (kind = 'l' AND word = ANY($5::text[]))
       OR (kind = 'f' AND (word = ANY($6::text[]) OR EXISTS (SELECT 1 FROM unnest($7::text[]) AS p(prefix) WHERE starts_with(word, p.prefix)))))`,
    [version, [...needs.quotes], [...needs.quotePrefixes], [...needs.passages], [...needs.quoteLeads], [...needs.facts], [...needs.factPrefixes]],
  );
  for (const r of rows) out[KINDS[r.kind]].set(r.word, Number(r.records));
  return out;
}

/** How many records of the version hold each of `words` (and each word starting with one of `prefixes`) in `column`, by ts_stat over those records. */
async function recordCounts(
  pool: pg.Pool,
  version: number,
  extractor: string,
  table: 'quotes' | 'facts',
  column: 'words' | 'passage_words' | 'lead_words',
  words: ReadonlySet<string>,
  prefixes: ReadonlySet<string> = new Set(),
): Promise<Map<string, number>> {
  const query = anyWord(words, prefixes);
  const out = new Map<string, number>();
  if (!query) return out;
  const { rows } = await pool.query<{ word: string; ndoc: number }>(
    `SELECT word, ndoc FROM ts_stat(format(
       'SELECT r.${column} FROM ${table} r JOIN version_articles v ON v.version = %s AND v.article_id = r.article_id AND v.hash = r.hash
        WHERE r.extractor = %L AND r.${column} @@ to_tsquery(''simple'', %L)', $1::int, $2::text, $3::text))
     WHERE word = ANY($4::text[]) OR EXISTS (SELECT 1 FROM unnest($5::text[]) AS p(prefix) WHERE starts_with(word, p.prefix))`,
    [version, extractor, query, [...words], [...prefixes]],
  );
  for (const r of rows) out.set(r.word, Number(r.ndoc));
  return out;
}

/**
 * How many quotations of the version hold each of `words` (as the search splits a quotation into
 * words), 0 for a word none holds: one look-up in the counts stored when the version was completed
 * (version_words.records, migrations 012 and 014), not a pass over the quotations holding them, which for a
 * common word is most of the version. Counted over those quotations only for a version whose counts
 * were never stored (null).
 */
export async function quoteWordCounts(pool: pg.Pool, version: number, extractor: string, words: Iterable<string>): Promise<Map<string, number>> {
  const list = [...new Set(words)];
  const out = new Map<string, number>(list.map((w) => [w, 0]));
  if (list.length === 0) return out;
  const { rows } = await pool.query<{ word: string; records: number | null }>(
    `SELECT word, records FROM version_words WHERE version = $1 AND kind = 'q' AND word = ANY($2::text[])`,
    [version, list],
  );
  const uncounted = new Set<string>();
  for (const r of rows) {
    if (r.records === null) uncounted.add(r.word);
    else out.set(r.word, Number(r.records));
  }
  for (const [word, n] of await recordCounts(pool, version, extractor, 'quotes', 'words', uncounted)) out.set(word, n);
  return out;
}

/** The articles (by id) of `version` as the index holds them: texts, and records with linking's patches applied. Articles whose extraction failed are absent. */
export async function loadArticles(pool: pg.Pool, version: number, extractor: string, ids: readonly string[]): Promise<ScopedArticle[]> {
  if (ids.length === 0) return [];
  const join = `FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2`;
  const params = [version, extractor, ids];
  const where = 'WHERE v.version = $1 AND v.article_id = ANY($3::text[])';
  const [articles, quotes, facts, links] = await Promise.all([
    pool.query<ArticleRow & { seq: number }>(`SELECT a.*, v.seq ${join} JOIN articles a ON a.id = v.article_id AND a.hash = v.hash ${where}`, params),
    pool.query<{ article_id: string; record: QuoteRecord }>(
      `SELECT q.article_id, q.record ${join} JOIN quotes q ON q.article_id = e.article_id AND q.hash = e.hash AND q.extractor = e.extractor ${where} ORDER BY q.seq`,
      params,
    ),
    pool.query<{ article_id: string; record: FactRecord }>(
      `SELECT f.article_id, f.record ${join} JOIN facts f ON f.article_id = e.article_id AND f.hash = e.hash AND f.extractor = e.extractor ${where} ORDER BY f.seq`,
      params,
    ),
    pool.query<{ article_id: string; quotes: LinkPatch[]; facts: LinkPatch[] }>(
      'SELECT article_id, quotes, facts FROM version_links WHERE version = $1 AND article_id = ANY($2::text[])',
      [version, ids],
    ),
  ]);
  return withRecords(articles.rows, quotes.rows, facts.rows, links.rows, (_row, before) => before.length);
}

/** The first `count` articles of a version in corpus order (ids), from `after` on. */
export async function articlesInOrder(pool: pg.Pool, version: number, extractor: string, after: number, count: number): Promise<{ id: string; seq: number }[]> {
  const { rows } = await pool.query<{ id: string; seq: number }>(
    `SELECT v.article_id AS id, v.seq FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2
     WHERE v.version = $1 AND v.seq > $3 ORDER BY v.seq LIMIT $4`,
    [version, extractor, after, count],
  );
  return rows;
}

/** A version's speakers with `ids`, or holding any needed word, or named like a typed name; in linking's order. */
export async function speakersFor(pool: pg.Pool, version: number, ids: readonly string[], needs: WordNeeds): Promise<(Entity & { seq: number })[]> {
  const words = anyWord(needs.speakers, needs.speakerPrefixes);
  const names = [...needs.speakerNames].filter((n) => n.trim());
  if (ids.length === 0 && !words && names.length === 0) return [];
  const { rows } = await pool.query<{ id: string; name: string; kind: EntityKind; aliases: string[]; articles: string[]; seq: number }>(
    `SELECT id, name, kind, aliases, articles, seq FROM speakers
     WHERE version = $1 AND (id = ANY($2::text[]) OR ($3::text IS NOT NULL AND words @@ to_tsquery('simple', $3))
       OR EXISTS (SELECT 1 FROM unnest($4::text[]) AS n(t) WHERE n.t <% names))
     ORDER BY seq`,
    [version, ids, words, names],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, articles: r.articles, seq: r.seq }));
}

/** The people of a version with `word` among the words of their names (ids): those /quote may find described or named beside quotations. */
export async function peopleNamed(pool: pg.Pool, version: number, word: string): Promise<string[]> {
  const query = anyWord([word]);
  if (!query) return [];
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM speakers WHERE version = $1 AND kind = 'person' AND words @@ to_tsquery('simple', $2) ORDER BY seq`,
    [version, query],
  );
  return rows.map((r) => r.id);
}

/**
 * The `limit` most quoted speakers of a version (ids), and every one tied with the last of them:
 * with all their quotations read, an index ranks these as the whole version's would.
 */
export async function mostQuoted(pool: pg.Pool, version: number, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM speakers WHERE version = $1 AND quotes > 0 AND quotes >= coalesce(
       (SELECT quotes FROM speakers WHERE version = $1 AND quotes > 0 ORDER BY quotes DESC LIMIT 1 OFFSET $2 - 1), 0)`,
    [version, limit],
  );
  return rows.map((r) => r.id);
}

/** Every article of a version with its record counts, in corpus order: what /sources lists. */
export async function articleList(
  pool: pg.Pool,
  version: number,
  extractor: string,
): Promise<{ article: Omit<Article, 'text'>; quotes: number; facts: number }[]> {
  const { rows } = await pool.query<Omit<ArticleRow, 'body'> & { quotes: string; facts: string }>(
    `SELECT a.id, a.hash, a.file, a.title, a.outlet, a.published, a.url, json_build_array(a.paragraphs -> 0) AS paragraphs,
       (SELECT count(*) FROM quotes q WHERE q.article_id = e.article_id AND q.hash = e.hash AND q.extractor = e.extractor) AS quotes,
       (SELECT count(*) FROM facts f WHERE f.article_id = e.article_id AND f.hash = e.hash AND f.extractor = e.extractor) AS facts
     FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2
     JOIN articles a ON a.id = v.article_id AND a.hash = v.hash WHERE v.version = $1 ORDER BY v.seq`,
    [version, extractor],
  );
  return rows.map((r) => ({ article: toArticle({ ...r, body: '' }), quotes: Number(r.quotes), facts: Number(r.facts) }));
}

/** A version's warnings: files the corpus source skipped and articles whose extraction failed. */
export async function versionWarnings(pool: pg.Pool, version: number): Promise<LoadWarning[]> {
  const [head, failures] = await Promise.all([
    pool.query<{ warnings: LoadWarning[]; linked: boolean }>('SELECT warnings, linked FROM index_versions WHERE version = $1', [version]),
    pool.query<LoadWarning>(
      'SELECT a.file, f.reason FROM extraction_failures f JOIN articles a ON a.id = f.article_id AND a.hash = f.hash WHERE f.version = $1 ORDER BY a.id',
      [version],
    ),
  ]);
  return [...(head.rows[0]?.warnings ?? []), ...failures.rows];
}

/** Article ids added, removed and changed (another content) from version `from` to `to`. */
export async function versionDelta(pool: pg.Pool, from: number, to: number): Promise<{ added: string[]; removed: string[]; changed: string[] }> {
  const { rows } = await pool.query<{ id: string; change: 'added' | 'removed' | 'changed' }>(
    `SELECT coalesce(n.article_id, o.article_id) AS id,
       CASE WHEN o.article_id IS NULL THEN 'added' WHEN n.article_id IS NULL THEN 'removed' ELSE 'changed' END AS change
     FROM (SELECT article_id, hash FROM version_articles WHERE version = $2) n
     FULL JOIN (SELECT article_id, hash FROM version_articles WHERE version = $1) o ON o.article_id = n.article_id
     WHERE o.article_id IS NULL OR n.article_id IS NULL OR o.hash <> n.hash ORDER BY 1`,
    [from, to],
  );
  const of = (c: string) => rows.filter((r) => r.change === c).map((r) => r.id);
  return { added: of('added'), removed: of('removed'), changed: of('changed') };
}

/** A version's share of voice, counted when it was linked (see Voice); null for a version linked before it was kept. */
export async function versionVoice(pool: pg.Pool, version: number): Promise<Voice | null> {
  const { rows } = await pool.query<{ voice: Voice | null }>('SELECT voice FROM index_versions WHERE version = $1', [version]);
  return rows[0]?.voice ?? null;
}

/**
 * Per misspelt word, the words of a version (kind 'q': quotations, 's': speaker names) it may
 * stand for: those within `maxEdits(word)` edits, found through pg_trgm with a low similarity
 * floor, then checked with `distance`. A word the version holds gets none (it is no typo).
 */
export async function typoNeighbours(
  pool: pg.Pool,
  version: number,
  kind: 'q' | 's',
  words: readonly string[],
  maxEdits: (word: string) => number,
  distance: (a: string, b: string, max: number) => number,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(words.map((w) => [w, []]));
  if (words.length === 0) return out;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL pg_trgm.similarity_threshold = 0.1');
    const { rows } = await client.query<{ typed: string; word: string }>(
      'SELECT u.typed, v.word FROM unnest($3::text[]) AS u(typed) JOIN version_words v ON v.version = $1 AND v.kind = $2 AND v.word % u.typed',
      [version, kind, words],
    );
    await client.query('COMMIT');
    const known = new Set(rows.filter((r) => r.word === r.typed).map((r) => r.typed));
    for (const r of rows) {
      const max = maxEdits(r.typed);
      if (!known.has(r.typed) && distance(r.typed, r.word, max) <= max) out.get(r.typed)?.push(r.word);
    }
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Every outlet named by an article of a version, in order of first appearance: what /speakers matches an outlet against. */
export async function versionOutlets(pool: pg.Pool, version: number, extractor: string): Promise<string[]> {
  const { rows } = await pool.query<{ outlet: string }>(
    `SELECT a.outlet FROM version_articles v JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2
     JOIN articles a ON a.id = v.article_id AND a.hash = v.hash
     WHERE v.version = $1 AND a.outlet IS NOT NULL AND a.outlet <> '' GROUP BY a.outlet ORDER BY min(v.seq)`,
    [version, extractor],
  );
  return rows.map((r) => r.outlet);
}

/**
 * How many quotations of a version each speaker (of `ids`) has, as its linking counted them, for
 * those quoted at all; in the order of each one's first quotation in the corpus (the order an
 * index meets them in). Read from the speakers' own articles, with linking's changes applied.
 */
export async function quotedCounts(pool: pg.Pool, version: number, extractor: string, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{ id: string; quotes: number }>(
    `SELECT id, quotes FROM (
       SELECT DISTINCT ON (s.id) s.id, s.quotes, v.seq AS article_seq, q.seq AS quote_seq
       FROM speakers s CROSS JOIN LATERAL unnest(s.articles) AS sa(article_id)
       JOIN version_articles v ON v.version = $1 AND v.article_id = sa.article_id
       JOIN quotes q ON q.article_id = v.article_id AND q.hash = v.hash AND q.extractor = $2
       LEFT JOIN version_links l ON l.version = $1 AND l.article_id = v.article_id
       WHERE s.version = $1 AND s.id = ANY($3::text[]) AND s.quotes > 0
         AND CASE WHEN json_typeof(l.quotes -> q.seq) = 'object' AND (l.quotes -> q.seq)::jsonb ? 'speakerId'
               THEN l.quotes -> q.seq ->> 'speakerId' ELSE q.record ->> 'speakerId' END = s.id
       ORDER BY s.id, v.seq, q.seq
     ) first ORDER BY article_seq, quote_seq`,
    [version, extractor, ids],
  );
  return new Map(rows.map((r) => [r.id, Number(r.quotes)]));
}

/** quotedCounts without the order: how many quotations each speaker of `ids` quoted at all has. */
export async function quotationCounts(pool: pg.Pool, version: number, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{ id: string; quotes: number }>(
    'SELECT id, quotes FROM speakers WHERE version = $1 AND id = ANY($2::text[]) AND quotes > 0',
    [version, ids],
  );
  return new Map(rows.map((r) => [r.id, Number(r.quotes)]));
}

type LinkRow = { article_id: string; quotes: LinkPatch[]; facts: LinkPatch[] };
type RecordRow<R> = { article_id: string; record: R };

/**
 * Articles with their records, each record given its linking patch. `position` says where a record
 * stands among its article's records (the patches are kept in that order).
 */
export function withRecords<Q extends RecordRow<QuoteRecord>, F extends RecordRow<FactRecord>>(
  articles: readonly (ArticleRow & { seq: number })[],
  quotes: readonly Q[],
  facts: readonly F[],
  links: readonly LinkRow[],
  position: (row: Q | F, before: readonly object[]) => number,
): ScopedArticle[] {
  const patches = new Map(links.map((r) => [r.article_id, r]));
  const group = <T extends Q | F>(rows: readonly T[], kind: 'quotes' | 'facts'): Map<string, T['record'][]> => {
    const out = new Map<string, T['record'][]>();
    for (const r of rows) {
      const list = out.get(r.article_id) ?? [];
      list.push(applyPatch(r.record, patches.get(r.article_id)?.[kind][position(r, list)]));
      out.set(r.article_id, list);
    }
    return out;
  };
  const q = group(quotes, 'quotes');
  const f = group(facts, 'facts');
  return articles.map((r) => ({ seq: r.seq, article: toArticle(r), quotes: q.get(r.id) ?? [], facts: f.get(r.id) ?? [] })).sort((a, b) => a.seq - b.seq);
}
