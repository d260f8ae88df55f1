-- What /ask reads of a whole version on a scoped replica, so that its answer is the embedded
-- mode's however many articles a question's words reach (src/replica/scoped-ask.ts):
--
-- `facts.terms`: a fact record's lemmas (its `terms`, which linking never changes) as an array, so
-- "which articles' facts use any of these words, and which of them" is one GIN lookup: the exact-word
-- pass by which /ask ranks articles before reading any (src/answer/ask/retrieve.ts).
--
-- `version_fact_words`: every word the facts of a version use, with how many facts use it and the
-- first article (corpus order) that does. /ask respells a word the coverage never uses to one it
-- does; the replica finds the words a typed word may be respelt to here and reads one article
-- holding each, so the answer sees those words exactly as over the whole version. Written when a
-- version is linked (a trigger: one statement over the version's facts, in linking's transaction).
CREATE FUNCTION fact_terms(record json) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(SELECT json_array_elements_text(record -> 'terms'));

ALTER TABLE facts ADD COLUMN terms text[] GENERATED ALWAYS AS (fact_terms(record)) STORED;
CREATE INDEX facts_terms ON facts USING gin (terms);

-- Byte order ("C"): prefix look-ups (LIKE 'abc%') use the index whatever the database's locale.
CREATE TABLE version_fact_words (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  word text COLLATE "C" NOT NULL,
  facts integer NOT NULL,
  first_article text NOT NULL,
  PRIMARY KEY (version, word)
);
CREATE INDEX version_fact_words_reversed ON version_fact_words (version, reverse(word));

CREATE FUNCTION write_version_fact_words(v integer) RETURNS void
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO version_fact_words (version, word, facts, first_article)
    SELECT v, w.word, w.facts, va.article_id
    FROM (
      SELECT t.word, count(*)::integer AS facts, min(t.seq) AS first_seq
      FROM (
        SELECT a.seq, unnest(f.terms) AS word
        FROM index_versions i
        JOIN version_articles a ON a.version = i.version
        JOIN facts f ON f.article_id = a.article_id AND f.hash = a.hash AND f.extractor = i.extractor
        WHERE i.version = v
      ) t
      GROUP BY t.word
    ) w
    JOIN version_articles va ON va.version = v AND va.seq = w.first_seq
    ON CONFLICT DO NOTHING;
  END;

CREATE FUNCTION version_fact_words_on_link() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM write_version_fact_words(NEW.version);
  RETURN NEW;
END
$$;

CREATE TRIGGER version_fact_words_on_link AFTER UPDATE OF linked ON index_versions
  FOR EACH ROW WHEN (NEW.linked AND NOT OLD.linked) EXECUTE FUNCTION version_fact_words_on_link();

-- Versions linked before this migration.
SELECT write_version_fact_words(version) FROM index_versions WHERE linked;
