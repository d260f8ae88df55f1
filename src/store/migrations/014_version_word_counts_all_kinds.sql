-- Per version, how many of its records hold each word, for every word column a question's words
-- are weighed by (src/store/scoped.ts corpusWords): quotations ('q', recounted here as the database
-- splits them), their passages ('p'), the sentences before them ('l', migration 009) and facts
-- ('f'). Written once when the version is completed (PgStore.completeVersion, after linking filled
-- the missing leads), one ts_stat pass per column over the version's records: the very counts a
-- scoped replica took per question from every record holding the question's words, which for a
-- common word is most of the version. `word_counts` says they are there; a version completed
-- without (by an older worker) is counted per question, as before.
ALTER TABLE index_versions ADD COLUMN word_counts boolean NOT NULL DEFAULT false;

-- How many of version v's records of table `tab` hold each word of their column `col`.
CREATE FUNCTION version_word_counts(v integer, tab text, col text) RETURNS TABLE (word text, records integer)
  LANGUAGE sql STABLE
  BEGIN ATOMIC
    SELECT s.word, s.ndoc
    FROM index_versions i
    CROSS JOIN LATERAL ts_stat(format(
      'SELECT r.%I FROM %I r JOIN version_articles a ON a.version = %s AND a.article_id = r.article_id AND a.hash = r.hash WHERE r.extractor = %L AND r.%I IS NOT NULL',
      col, tab, i.version, i.extractor, col)) AS s
    WHERE i.version = v;
  END;

-- The quotation words are the vocabulary typo look-ups read (links.ts writeWords): only their counts
-- are set here, no word is added. The other kinds are written here.
CREATE FUNCTION write_version_word_counts(v integer) RETURNS void
  LANGUAGE sql
  BEGIN ATOMIC
    UPDATE version_words w SET records = c.records FROM version_word_counts(v, 'quotes', 'words') AS c
      WHERE w.version = v AND w.kind = 'q' AND w.word = c.word;
    INSERT INTO version_words (version, kind, word, records)
      SELECT v, 'p', c.word, c.records FROM version_word_counts(v, 'quotes', 'passage_words') AS c
      UNION ALL SELECT v, 'l', c.word, c.records FROM version_word_counts(v, 'quotes', 'lead_words') AS c
      UNION ALL SELECT v, 'f', c.word, c.records FROM version_word_counts(v, 'facts', 'words') AS c
      ON CONFLICT (version, kind, word) DO UPDATE SET records = EXCLUDED.records;
    UPDATE index_versions SET word_counts = true WHERE version = v;
  END;

-- Versions linked before: counted once, here.
SELECT write_version_word_counts(version) FROM index_versions WHERE linked;
