import type pg from 'pg';

/**
 * Reads for /ask on a scoped replica (src/replica/scoped-ask.ts), over a version's fact words
 * (migration 008): which words the facts use near a typed word, and how articles rank by the
 * question's words before any is read.
 */

/** Words of a version's facts to look up around one typed word; each found with one article that uses it. */
export interface WordLookups {
  /** Words asked for as they are. */
  exact: string[];
  /** Words starting with `prefix`, of a length in [minLength, maxLength]. */
  prefixes: { prefix: string; minLength: number; maxLength: number }[];
  /** Words ending with `suffix`, of a length in [minLength, maxLength]. */
  suffixes: { suffix: string; minLength: number; maxLength: number }[];
}

/** Above every character: `prefix || TOP` bounds the words starting with `prefix` in byte order. */
const TOP = String.fromCodePoint(0x10ffff);

/** Per word of the version's facts found by `lookups`, the first article (corpus order) whose facts use it. */
export async function factWordArticles(pool: pg.Pool, version: number, lookups: WordLookups): Promise<Map<string, string>> {
  const ranges = [
    ...lookups.prefixes.map((p) => ({ column: 'word', from: p.prefix, min: p.minLength, max: p.maxLength })),
    ...lookups.suffixes.map((s) => ({ column: 'reverse', from: [...s.suffix].reverse().join(''), min: s.minLength, max: s.maxLength })),
  ];
  const { rows } = await pool.query<{ word: string; first_article: string }>(
    `WITH r AS (SELECT * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[]) AS r(kind, low, min_length, max_length))
     SELECT word, first_article FROM version_fact_words WHERE version = $1 AND word = ANY($2::text[])
     UNION
     SELECT w.word, w.first_article FROM r JOIN version_fact_words w ON w.version = $1 AND r.kind = 'word'
       AND w.word >= r.low AND w.word < r.low || $7 AND starts_with(w.word, r.low) AND length(w.word) BETWEEN r.min_length AND r.max_length
     UNION
     SELECT w.word, w.first_article FROM r JOIN version_fact_words w ON w.version = $1 AND r.kind = 'reverse'
       AND reverse(w.word) >= r.low AND reverse(w.word) < r.low || $7 AND starts_with(reverse(w.word), r.low) AND length(w.word) BETWEEN r.min_length AND r.max_length`,
    [version, lookups.exact, ranges.map((r) => r.column), ranges.map((r) => r.from), ranges.map((r) => r.min), ranges.map((r) => r.max), TOP],
  );
  return new Map(rows.map((r) => [r.word, r.first_article]));
}

/**
 * Which of `groups` (each: the words of one question word) the facts of each article use, as a
 * bit mask (bit k: group k), counted per mask: how articles rank by the question's words, without
 * reading one. Articles using none are left out.
 */
export async function factMaskCounts(pool: pg.Pool, version: number, extractor: string, groups: readonly (readonly string[])[]): Promise<Map<number, number>> {
  const { words, bits } = flatGroups(groups);
  if (words.length === 0) return new Map();
  const { rows } = await pool.query<{ mask: number; articles: number }>(`${MASKS} SELECT mask, count(*)::integer AS articles FROM masks GROUP BY mask`, [
    version,
    extractor,
    words,
    bits,
  ]);
  return new Map(rows.map((r) => [Number(r.mask), Number(r.articles)]));
}

/** The articles whose facts use exactly the groups of one of `masks`, with their mask (see factMaskCounts). */
export async function articlesWithMasks(
  pool: pg.Pool,
  version: number,
  extractor: string,
  groups: readonly (readonly string[])[],
  masks: readonly number[],
): Promise<{ id: string; mask: number }[]> {
  const { words, bits } = flatGroups(groups);
  if (words.length === 0 || masks.length === 0) return [];
  const { rows } = await pool.query<{ article_id: string; mask: number }>(`${MASKS} SELECT article_id, mask FROM masks WHERE mask = ANY($5::int[])`, [
    version,
    extractor,
    words,
    bits,
    masks,
  ]);
  return rows.map((r) => ({ id: r.article_id, mask: Number(r.mask) }));
}

/** Per article of the version whose facts use a word of `$3`, the bits (`$4`, one per word) of the words they use. */
const MASKS = `
  WITH q AS (SELECT * FROM unnest($3::text[], $4::int[]) AS q(word, bit)),
  masks AS (
    SELECT f.article_id, bit_or(q.bit) AS mask
    FROM facts f JOIN version_articles v ON v.version = $1 AND v.article_id = f.article_id AND v.hash = f.hash
    JOIN q ON q.word = ANY(f.terms)
    WHERE f.extractor = $2 AND f.terms && $3::text[]
    GROUP BY f.article_id
  )`;

function flatGroups(groups: readonly (readonly string[])[]): { words: string[]; bits: number[] } {
  if (groups.length > 30) throw new RangeError('at most 30 groups of words fit a mask');
  const words: string[] = [];
  const bits: number[] = [];
  groups.forEach((g, k) => {
    for (const w of new Set(g)) {
      words.push(w);
      bits.push(1 << k);
    }
  });
  return { words, bits };
}
