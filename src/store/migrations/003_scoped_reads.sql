-- What a scoped replica (src/replica/scoped.ts) reads per query instead of holding a whole version.
--
-- `words` columns: the words the in-process search indexes a record by (src/search/tokens.ts
-- tokenize: lower case, split on anything not a letter or digit), as a `simple` tsvector (no
-- stemming, no stop words), so "which records hold this word, or a word starting with it" is a
-- GIN lookup that finds exactly the records the in-process word tables would. Accented and
-- non-Latin letters are dropped here, where tokenize folds or keeps them: such words find no candidates.
ALTER TABLE quotes ADD COLUMN words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(lower(quotation), '[^a-z0-9]+', ' ', 'g'))) STORED;
ALTER TABLE quotes ADD COLUMN passage_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(lower(passage), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX quotes_words ON quotes USING gin (words);
CREATE INDEX quotes_passage_words ON quotes USING gin (passage_words);

-- A fact is found by its sentence and its lemmas (the record's `terms`), as in the search.
ALTER TABLE facts ADD COLUMN words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(lower(statement || ' ' || (record -> 'terms')::text), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX facts_words ON facts USING gin (words);

-- Speakers in the order linking made them (ties in the search follow record order), and by word.
ALTER TABLE speakers ADD COLUMN seq integer NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN quotes integer NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(lower(names), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX speakers_words ON speakers USING gin (words);
CREATE INDEX speakers_order ON speakers (version, seq);

-- What corpus-wide linking changed in each article's records (speaker names and ids), per version:
-- one JSON array per article and kind, 0 for a record linking kept as it was, else the changed
-- fields. Rows only for articles with a change. `linked` says a version has them.
CREATE TABLE version_links (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  article_id text NOT NULL,
  quotes json NOT NULL,
  facts json NOT NULL,
  PRIMARY KEY (version, article_id)
);
ALTER TABLE index_versions ADD COLUMN linked boolean NOT NULL DEFAULT false;
