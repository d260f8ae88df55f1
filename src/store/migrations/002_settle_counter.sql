-- Settling a batch in constant time per job: each extraction job of a version marks its article
-- settled once (the primary key makes a retried job's second mark a no-op) and counts down
-- `remaining`; the job that reaches zero claims the linking. Counting the version's pending
-- articles on every job instead grew with the corpus, making a reindex quadratic.
ALTER TABLE index_versions ADD COLUMN remaining integer NOT NULL DEFAULT 0;

CREATE TABLE version_settled (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  article_id text NOT NULL,
  PRIMARY KEY (version, article_id)
);
