-- The sentence before each quotation's passage (src/answer/topic-lead.ts sentenceBefore: empty when
-- the quotation opens its article or that sentence holds a quotation), written with the quotation
-- (PgStore.saveExtraction: it needs the article's text and every quotation of it, which no generated
-- column can read), and its words as the other word columns hold them. /quote finds a quotation by
-- that sentence too; with these a scoped replica finds the articles holding such quotations, weighs
-- their words by the whole version's counts, and bounds the articles it has not read
-- (coverage_cut_score, migration 007), as for the quotations' own words.
--
-- Quotations written before this migration have no lead (null): a version holding any is answered
-- as before, every candidate article read (VersionHead.leads, src/replica/scoped.ts).
ALTER TABLE quotes ADD COLUMN lead text;
ALTER TABLE quotes ADD COLUMN lead_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', coverage_words(lead))) STORED;
CREATE INDEX quotes_lead_words ON quotes USING gin (lead_words);
