-- The quotations still without their sentence before (written before 009): few, and fewer as
-- versions complete, since completing one fills them for its articles (src/store/leads.ts
-- backfillQuoteLeads). The backfill asks, per article of a version, whether it has any; this
-- partial index answers from those rows alone instead of each article's quotations.
CREATE INDEX quotes_missing_lead ON quotes (article_id, hash, extractor) WHERE lead IS NULL;
