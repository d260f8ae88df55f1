import type pg from 'pg';
import type { CutKind } from '../search/search.js';
import { anyWord } from './scoped.js';

/** A query's words as one first cut weighs them: per group, each word with its weight. */
export type CutGroups = ReadonlyArray<ReadonlyArray<{ word: string; weight: number }>>;

const COLUMNS: Record<CutKind, { table: 'quotes' | 'facts'; column: 'words' | 'passage_words' | 'lead_words' }> = {
  quotes: { table: 'quotes', column: 'words' },
  passages: { table: 'quotes', column: 'passage_words' },
  // Migration 009: null on quotations written before it (a version holding any is not bounded, see VersionHead.leads).
  leads: { table: 'quotes', column: 'lead_words' },
  facts: { table: 'facts', column: 'words' },
};

/**
 * Per article of `ids` (in `version`), the best score any of its records of `kind` gets in a first
 * cut weighing words as `groups` does (coverage_cut_score, migration 007): no record of the
 * article can rank above it. Articles none of whose records holds a word of the groups are absent.
 */
export async function cutBounds(
  pool: pg.Pool,
  version: number,
  extractor: string,
  ids: readonly string[],
  kind: CutKind,
  groups: CutGroups,
): Promise<Map<string, number>> {
  const flat = groups.flatMap((g, i) => g.map((w) => ({ group: i, ...w })));
  const query = anyWord(flat.map((w) => w.word));
  if (ids.length === 0 || !query) return new Map();
  const { table, column } = COLUMNS[kind];
  const exact = await singleLexemes(
    pool,
    flat.map((w) => w.word),
  );
  const { rows } = await pool.query<{ article_id: string; bound: number }>(
    `SELECT r.article_id, max(coverage_cut_score(r.${column}, $4::int[], $5::text[], $6::float8[], $8::boolean[])) AS bound
     FROM ${table} r JOIN version_articles v ON v.version = $1 AND v.article_id = r.article_id AND v.hash = r.hash
     WHERE r.extractor = $2 AND r.article_id = ANY($3::text[]) AND r.${column} @@ to_tsquery('simple', $7)
     GROUP BY r.article_id`,
    [version, extractor, ids, flat.map((w) => w.group), flat.map((w) => w.word), flat.map((w) => w.weight), query, exact],
  );
  return new Map(rows.map((r) => [r.article_id, Number(r.bound)]));
}

/** Per word, whether a `simple` tsvector holds it as one lexeme, itself (see coverage_cut_score). */
async function singleLexemes(pool: pg.Pool, words: readonly string[]): Promise<boolean[]> {
  const { rows } = await pool.query<{ one: boolean }>(
    `SELECT tsvector_to_array(to_tsvector('simple', w)) = ARRAY[w] AS one FROM unnest($1::text[]) WITH ORDINALITY AS u(w, at) ORDER BY at`,
    [words],
  );
  return rows.map((r) => r.one);
}
