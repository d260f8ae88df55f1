-- Per extracted article, every word its facts use (the union of their `terms`, migration 008): what
-- /ask ranks articles by before reading any (src/store/scoped-ask.ts articlesByMask). Which of a
-- question's words an article's facts use is which of them this one array holds, so the ranking
-- reads one narrow row per article instead of every fact holding a word of the question (whole
-- fact rows, their records and word columns: ten times the bytes at the archive-scale runs).
CREATE TABLE article_fact_terms (
  article_id text NOT NULL,
  hash text NOT NULL,
  extractor text NOT NULL,
  terms text[] NOT NULL,
  PRIMARY KEY (article_id, hash, extractor),
  FOREIGN KEY (article_id, hash, extractor) REFERENCES extractions (article_id, hash, extractor) ON DELETE CASCADE
);
CREATE INDEX article_fact_terms_terms ON article_fact_terms USING gin (terms);

-- Filled by the database as facts are written, whichever process writes them (a worker of an older
-- release during an upgrade too): one statement's facts at a time, merged into the article's row.
CREATE FUNCTION article_fact_terms_on_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_fact_terms (article_id, hash, extractor, terms)
  SELECT f.article_id, f.hash, f.extractor, array_agg(DISTINCT t.term)
  FROM added f CROSS JOIN LATERAL unnest(f.terms) AS t(term)
  GROUP BY f.article_id, f.hash, f.extractor
  ON CONFLICT (article_id, hash, extractor) DO UPDATE
    SET terms = ARRAY(SELECT DISTINCT u.term FROM unnest(article_fact_terms.terms || EXCLUDED.terms) AS u(term));
  RETURN NULL;
END
$$;

-- The trigger first: from here until this migration commits, writes to facts wait (one pass over
-- the facts below, about half a minute at 100 k articles), so none is written between the pass
-- and the trigger and left out. The migration runner applies each file in one transaction, so this
-- cannot be done without blocking those writes.
CREATE TRIGGER article_fact_terms_on_insert AFTER INSERT ON facts
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION article_fact_terms_on_insert();

-- Articles extracted before this migration.
INSERT INTO article_fact_terms (article_id, hash, extractor, terms)
SELECT f.article_id, f.hash, f.extractor, array_agg(DISTINCT t.term)
FROM facts f CROSS JOIN LATERAL unnest(f.terms) AS t(term)
GROUP BY f.article_id, f.hash, f.extractor;
