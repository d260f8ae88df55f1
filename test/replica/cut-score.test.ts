import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { TermIndex, type FirstCut } from '../../src/search/candidates.js';
import { queryTerms, tokenize } from '../../src/search/tokens.js';
import { migrate } from '../../src/store/migrate.js';
import { usePostgres } from '../helpers/postgres.js';

/**
 * The bound a scoped replica skips unread articles by (src/replica/first-cut.ts) is the database's
 * score of a record's stored words (coverage_cut_score, migration 007): it must be what the search's
 * first cut gives the record, and never less, in any script.
 */
const cluster = usePostgres();
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

const QUOTATIONS = [
  'The harbour wall will be rebuilt before the winter storms',
  'The harbour master said the winter timetable starts in November',
  'Die Straßenbahn fährt ab Juni öfter über die Brücke',
  'Новый мост через реку откроют весной',
  '新しい駅は来年 開業する',
  'Route 66 reopens in 2025 after the covid19 closures',
];

const QUERIES = ['harbour wall winter', 'harbor winter timetable', 'strassenbahn fahrt juni', 'новый мост весной', '新しい駅は来年', 'route 66 covid19 reop'];

describe('the score PostgreSQL bounds an unread record by', { timeout: 120_000 }, () => {
  it("is the search's first-cut score of the record, for words of every script, misspelt and unfinished ones included", async () => {
    const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
    pools.push(pool);
    await migrate(pool);
    const index = TermIndex.of(QUOTATIONS.length, (i) => tokenize(QUOTATIONS[i] ?? ''));
    let compared = 0;
    for (const query of QUERIES) {
      let cut: FirstCut | undefined;
      index.onCut = (c) => {
        cut = c;
      };
      index.candidates({ terms: queryTerms(query), prefix: 'last', limit: 50 });
      if (!cut) throw new Error(`no cut for ${query}`);
      const flat = cut.groups.flatMap((g, i) => g.map((w) => ({ group: i, ...w })));
      const { rows } = await pool.query<{ score: number }>(
        `SELECT coverage_cut_score(to_tsvector('simple', coverage_words(q)), $2::int[], $3::text[], $4::float8[],
           ARRAY(SELECT tsvector_to_array(to_tsvector('simple', w)) = ARRAY[w] FROM unnest($3::text[]) WITH ORDINALITY AS u(w, at) ORDER BY at)) AS score
         FROM unnest($1::text[]) WITH ORDINALITY AS u(q, at) ORDER BY at`,
        [QUOTATIONS, flat.map((w) => w.group), flat.map((w) => w.word), flat.map((w) => w.weight)],
      );
      const inSearch = new Map(cut.docs.map((doc, i) => [doc, cut?.scores[i] ?? 0]));
      rows.forEach((r, doc) => {
        expect(Number(r.score), `${query}: ${QUOTATIONS[doc]}`).toBeCloseTo(inSearch.get(doc) ?? 0, 9);
        if (inSearch.has(doc)) compared++;
      });
    }
    // Every query found its own quotation at least.
    expect(compared).toBeGreaterThanOrEqual(QUERIES.length);
  });
});
