-- The words of a version's quotations (kind 'q') and speaker names (kind 's'), as the in-process
-- search tokenizes them, written when the version is linked: a scoped replica looks up what a
-- misspelt word may stand for here (pg_trgm, then edit distance), as the whole index's vocabulary would.
CREATE TABLE version_words (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  kind "char" NOT NULL,
  word text NOT NULL,
  PRIMARY KEY (version, kind, word)
);
CREATE INDEX version_words_trgm ON version_words USING gin (word gin_trgm_ops);
