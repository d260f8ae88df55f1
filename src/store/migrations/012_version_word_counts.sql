-- How many records of a version hold each of its words (version_words, kind 'q': quotations, 's':
-- speaker names), written with the words when the version is linked (src/store/links.ts
-- writeWords). An answer weighs a quotation word by its count over the whole version
-- (TopicTerms.rarity: /speaker's topic words, a topic's related forms); a scoped replica reads the
-- count here (src/store/scoped.ts quoteWordCounts) instead of every quotation holding the word,
-- which for a common word is most of the version. Null: a version linked before this migration
-- and not counted below; the replica then counts over the quotations, as before.
ALTER TABLE version_words ADD COLUMN records integer;

-- Versions linked before: their quotation words counted once, here, from the quotations' stored
-- words (the same words the search makes, migration 006). One pass over each linked version's
-- quotations; a version's speaker words are left uncounted (nothing reads their counts).
UPDATE version_words w SET records = c.ndoc
FROM (
  SELECT i.version, s.word, s.ndoc
  FROM index_versions i
  CROSS JOIN LATERAL ts_stat(format(
    'SELECT q.words FROM quotes q JOIN version_articles v ON v.version = %s AND v.article_id = q.article_id AND v.hash = q.hash WHERE q.extractor = %L',
    i.version, i.extractor)) s
  WHERE i.linked
) c
WHERE w.version = c.version AND w.kind = 'q' AND w.word = c.word;
