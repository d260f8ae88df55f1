-- More of what a scoped replica reads instead of a whole version (src/replica/scoped.ts).
-- An article's title and first paragraph by word, as /timeline reads them (an article is on a
-- topic when its lead is), in the same `simple` form as the record word columns of 003.
ALTER TABLE articles ADD COLUMN lead_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(lower(title || ' ' || coalesce(paragraphs -> 0 ->> 'text', '')), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX articles_lead_words ON articles USING gin (lead_words);

-- Outlets compared by their words, as /speakers' outlet option compares them ("the" dropped).
ALTER TABLE articles ADD COLUMN outlet_key text
  GENERATED ALWAYS AS (btrim(regexp_replace(lower(regexp_replace(coalesce(outlet, ''), '^\s*the\s+', '', 'i')), '[^a-z0-9]+', ' ', 'g'))) STORED;
CREATE INDEX articles_outlet_key ON articles (outlet_key);

-- Share of voice over a whole version (/speakers with no topic and no outlet), counted once when
-- the version is linked: per speaker name its quotations and articles, and the unattributed ones.
ALTER TABLE index_versions ADD COLUMN voice json;
