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
 * How articles rank by the question's words, without reading one: which of `groups` (each: the
 * words of one question word) the facts of each article use, as a bit mask (bit k: group k),
 * counted per mask (`counts`; articles using none are left out); and the articles of the best masks,
 * by the sum of `weights` (one per group) of the groups a mask holds, down to the mask at which the
 * best reach `reach` articles (`articles`, with ties and one rounding's margin: a superset of what
 * src/answer/ask/retrieve.ts keeps). One pass over the articles whose facts use a word of the
 * question, each one row of all its facts' words (article_fact_terms, migration 013: an article's
 * mask is the union of its facts'), matched to the question's words by hash.
 */
export async function articlesByMask(
  pool: pg.Pool,
  version: number,
  extractor: string,
  groups: readonly (readonly string[])[],
  weights: readonly number[],
  reach: number,
): Promise<{ counts: Map<number, number>; articles: { id: string; mask: number }[] }> {
  const { words, bits } = flatGroups(groups);
  if (words.length === 0) return { counts: new Map(), articles: [] };
  const { rows } = await pool.query<{ mask: number; articles: number | null; article_id: string | null }>(
    `WITH q AS (SELECT * FROM unnest($3::text[], $4::int[]) AS q(word, bit)),
     masks AS MATERIALIZED (
       SELECT a.article_id, bit_or(q.bit) AS mask
       FROM article_fact_terms a JOIN version_articles v ON v.version = $1 AND v.article_id = a.article_id AND v.hash = a.hash
       CROSS JOIN LATERAL unnest(a.terms) AS t(word)
       JOIN q ON q.word = t.word
       WHERE a.extractor = $2 AND a.terms && $3::text[]
       GROUP BY a.article_id
     ),
     counts AS (SELECT mask, count(*)::integer AS articles FROM masks GROUP BY mask),
     ranked AS (
       SELECT mask, articles,
         (SELECT coalesce(sum(u.w), 0) FROM unnest($5::float8[]) WITH ORDINALITY AS u(w, k) WHERE mask & (1 << (u.k::int - 1)) <> 0) AS relevance
       FROM counts
     ),
     reached AS (SELECT relevance, sum(articles) OVER (ORDER BY relevance DESC) AS articles FROM ranked WHERE relevance > 0),
     floor AS (SELECT coalesce(max(relevance) FILTER (WHERE articles >= $6), min(relevance)) AS relevance FROM reached)
     SELECT mask, articles, NULL AS article_id FROM counts
     UNION ALL
     SELECT m.mask, NULL, m.article_id FROM masks m JOIN ranked r ON r.mask = m.mask CROSS JOIN floor
     WHERE r.relevance > 0 AND r.relevance >= floor.relevance * (1 - 1e-9)`,
    [version, extractor, words, bits, weights, reach],
  );
  const counts = new Map<number, number>();
  const articles: { id: string; mask: number }[] = [];
  for (const r of rows) {
    if (r.article_id === null) counts.set(Number(r.mask), Number(r.articles));
    else articles.push({ id: r.article_id, mask: Number(r.mask) });
  }
  return { counts, articles };
}

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
