import { readdir, readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { outletKey } from '../../src/answer/share-of-voice.js';
import { migrate } from '../../src/store/migrate.js';
import { anyWord } from '../../src/store/scoped.js';
import { tokenize } from '../../src/search/tokens.js';
import { nonEmpty } from '../helpers/expect.js';
import { usePostgres } from '../helpers/postgres.js';

/**
 * The database's words (coverage_words, migration 006) are the search's words (tokenize): one
 * definition, which the SQL function follows step by step and these tests hold it to.
 */
const cluster = usePostgres();
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

async function migrated(): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
  pools.push(pool);
  await migrate(pool);
  return pool;
}

async function databaseWords(pool: pg.Pool, texts: readonly string[]): Promise<string[]> {
  const { rows } = await pool.query<{ w: string }>('SELECT coverage_words(t) AS w FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i', [texts]);
  return rows.map((r) => r.w);
}

const appWords = (text: string) => tokenize(text).join(' ');

/** Every code point of the Basic Multilingual Plane and every 7th beyond it, alone and inside a word. */
function everyCharacter(): string[] {
  const out: string[] = [];
  for (let cp = 1; cp < 0x110000; cp += cp < 0x10000 ? 1 : 7) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    out.push(`ab${ch}cd ${ch}`);
  }
  return out;
}

describe('the words the database holds (coverage_words, migration 006)', { timeout: 120_000 }, () => {
  it('are the words the search tokenizes, for every character: letters, digits, marks and separators of any script', async () => {
    const pool = await migrated();
    const texts = nonEmpty(everyCharacter(), 'characters');
    const got = await databaseWords(pool, texts);
    const differ = [...new Set(texts.filter((t, i) => got[i] !== appWords(t)).map((t) => String.fromCodePoint(t.codePointAt(2) ?? 0)))];
    // Node's Unicode tables may be newer than the database's (PostgreSQL 15: Unicode 14 for NFKD):
    // a character encoded since is one the database cannot fold yet. Nothing else may differ.
    const { rows } = await pool.query<{ c: string; unknown: boolean }>(
      `SELECT c, normalize(c, NFKD) = c AND lower(c COLLATE "und-x-icu") = c AS unknown FROM unnest($1::text[]) AS u(c)`,
      [differ],
    );
    const unexplained = rows.filter((r) => !r.unknown || r.c.toLowerCase().normalize('NFKD') === r.c).map((r) => `U+${r.c.codePointAt(0)?.toString(16)}`);
    expect(unexplained).toEqual([]);
    expect(differ.length).toBeLessThan(texts.length / 1000);
  });

  it('fold case and accents, keep non-Latin words whole and split on apostrophes and hyphens, as the search does', async () => {
    const pool = await migrated();
    const texts = [
      'Dr. Jürgen MÜLLER said the café’s crème brûlée was “très bien”.',
      'ĐOÀN Thị Hương and Zoë O’Neill-Ørsted met at the Ærø ferry.',
      'Мэр Ольга Сергеевна ПЕТРОВА сказала: «Мост откроется в мае».',
      'Η ΔΗΜΑΡΧΟΣ ΕΙΠΕ ΟΤΙ Ο ΔΡΟΜΟΣ ΘΑ ΑΝΟΙΞΕΙ. Ο δήμαρχος Νίκος Παπαδόπουλος.',
      '東京都の山田太郎さんは「橋は来月開通する」と述べた。서울시 김민준 대변인',
      'ﬁnal ﬂoor ² ½ Ⅻ ＦＵＬＬＷＩＤＴＨ İstanbul straße ǅemal',
      'प्रधानमंत्री ने कहा · مدينة الكويت · ไทย',
    ];
    const got = await databaseWords(pool, texts);
    expect(got).toEqual(texts.map(appWords));
    expect(got[0]).toContain('muller');
    expect(got[2]).toContain('петрова');
    expect(got[4]).toContain('東京都の山田太郎さんは');
  });

  it('find a record by any word the search gives a question, in any script', async () => {
    const pool = await migrated();
    const quotation = '«Мост через Марру откроется в мае», сказала Ольга Петрова; Jürgen Müller and 山田太郎 agreed.';
    for (const word of nonEmpty(tokenize(quotation), 'words')) {
      const query = anyWord([word], []);
      expect(query, word).not.toBeNull();
      const { rows } = await pool.query<{ hit: boolean }>("SELECT to_tsvector('simple', coverage_words($1)) @@ to_tsquery('simple', $2) AS hit", [
        quotation,
        query,
      ]);
      expect(rows[0]?.hit, word).toBe(true);
    }
    const prefix = anyWord([], ['петр']);
    const { rows } = await pool.query<{ hit: boolean }>("SELECT to_tsvector('simple', coverage_words($1)) @@ to_tsquery('simple', $2) AS hit", [
      quotation,
      prefix,
    ]);
    expect(rows[0]?.hit).toBe(true);
  });

  it('are rebuilt on a database made before 006, keeping what plain English texts held before', async () => {
    const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
    pools.push(pool);
    await migrateUpTo(pool, '005');
    await pool.query(
      "INSERT INTO articles (id, hash, file, title, outlet, body, paragraphs) VALUES ('a', 'h', 'a.txt', 'Ferry returns to Ærø', ' The  Økonomisk Ugebrev', 'x', '[]')",
    );
    await pool.query("INSERT INTO extractions (article_id, hash, extractor, entities) VALUES ('a', 'h', 'e', '[]')");
    const quotations = ['The ferry will sail again on Monday, said the harbour master.', 'Jürgen Müller said “вторник” and 火曜日.'];
    for (const [i, q] of quotations.entries())
      await pool.query("INSERT INTO quotes (article_id, hash, extractor, seq, id, quotation, passage, record) VALUES ('a', 'h', 'e', $1, $2, $3, $3, '{}')", [
        i,
        `a:q${i}`,
        q,
      ]);
    const before = await pool.query<{ words: string }>('SELECT words::text FROM quotes ORDER BY seq');
    expect(before.rows[1]?.words).not.toContain('müller');
    expect(await migrate(pool)).toEqual(nonEmpty((await migrationFiles()).filter((f) => f > '006')));
    const after = await pool.query<{ words: string; hit: boolean }>(
      "SELECT words::text, words @@ to_tsquery('simple', 'muller & вторник & 火曜日') AS hit FROM quotes ORDER BY seq",
    );
    expect(after.rows[0]?.words).toBe(before.rows[0]?.words);
    expect(after.rows[1]?.hit).toBe(true);
    const article = await pool.query<{ key: string; hit: boolean }>("SELECT outlet_key AS key, lead_words @@ to_tsquery('simple', 'ærø') AS hit FROM articles");
    expect(article.rows).toEqual([{ key: outletKey(' The  Økonomisk Ugebrev'), hit: true }]);
  });
});

async function migrationFiles(): Promise<string[]> {
  return (await readdir(new URL('../../src/store/migrations/', import.meta.url))).filter((f) => f.endsWith('.sql')).sort();
}

/** A database as an older release left it: the migrations up to `last`, recorded as applied. */
async function migrateUpTo(pool: pg.Pool, last: string): Promise<void> {
  await pool.query('CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  for (const file of (await migrationFiles()).filter((f) => f.slice(0, 3) <= last)) {
    await pool.query(await readFile(new URL(`../../src/store/migrations/${file}`, import.meta.url), 'utf8'));
    await pool.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
  }
}
