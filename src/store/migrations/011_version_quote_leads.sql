-- Whether every quotation of a version has its sentence before (009), known once, when the
-- version is completed (PgStore.completeVersion, after linking filled the missing ones:
-- src/store/leads.ts), instead of by a scan of the version's quotations at every replica open and
-- version switch. Without it a scoped replica answers /quote on the version unbounded
-- (VersionHead.leads, src/replica/batched.ts).
ALTER TABLE index_versions ADD COLUMN quote_leads boolean NOT NULL DEFAULT false;

-- From the quotations still without one (index quotes_missing_lead, 010): few, not the version's all.
CREATE FUNCTION version_quote_leads(v integer) RETURNS boolean
  LANGUAGE sql STABLE
  RETURN NOT EXISTS (
    SELECT 1 FROM index_versions i
    JOIN version_articles a ON a.version = i.version
    JOIN quotes q ON q.article_id = a.article_id AND q.hash = a.hash AND q.extractor = i.extractor
    WHERE i.version = v AND q.lead IS NULL
  );

-- Versions completed before this migration: found once, here.
UPDATE index_versions SET quote_leads = version_quote_leads(version) WHERE state = 'complete';
