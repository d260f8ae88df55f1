-- The shared store of a scaled deployment (see README "Scaling out").
-- Article rows are keyed by content (id and hash) and never updated, so an older index version
-- keeps its texts and records while a newer one is built beside it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE articles (
  id text NOT NULL,
  hash text NOT NULL,
  file text NOT NULL,
  title text NOT NULL,
  outlet text,
  published text,
  url text,
  body text NOT NULL,
  paragraphs json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, hash)
);

-- One row per article content and extraction code: written with its quotes and facts in one
-- transaction, so a record set is either whole or absent.
CREATE TABLE extractions (
  article_id text NOT NULL,
  hash text NOT NULL,
  extractor text NOT NULL,
  entities json NOT NULL,
  worker text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, hash, extractor),
  FOREIGN KEY (article_id, hash) REFERENCES articles (id, hash)
);

-- The record as extracted (json keeps it exactly), plus the columns the database searches.
CREATE TABLE quotes (
  article_id text NOT NULL,
  hash text NOT NULL,
  extractor text NOT NULL,
  seq integer NOT NULL,
  id text NOT NULL,
  quotation text NOT NULL,
  passage text NOT NULL,
  speaker text,
  record json NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', quotation)) STORED,
  passage_search tsvector GENERATED ALWAYS AS (to_tsvector('english', passage)) STORED,
  PRIMARY KEY (article_id, hash, extractor, seq),
  FOREIGN KEY (article_id, hash, extractor) REFERENCES extractions (article_id, hash, extractor) ON DELETE CASCADE
);
CREATE INDEX quotes_search ON quotes USING gin (search);
CREATE INDEX quotes_passage_search ON quotes USING gin (passage_search);

CREATE TABLE facts (
  article_id text NOT NULL,
  hash text NOT NULL,
  extractor text NOT NULL,
  seq integer NOT NULL,
  id text NOT NULL,
  statement text NOT NULL,
  passage text NOT NULL,
  record json NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', passage)) STORED,
  PRIMARY KEY (article_id, hash, extractor, seq),
  FOREIGN KEY (article_id, hash, extractor) REFERENCES extractions (article_id, hash, extractor) ON DELETE CASCADE
);
CREATE INDEX facts_search ON facts USING gin (search);

-- building: articles are being extracted; linking: the batch settled and speaker linking runs
-- (claimed by exactly one process); complete: replicas may switch to it; failed: never used.
CREATE TABLE index_versions (
  version serial PRIMARY KEY,
  state text NOT NULL DEFAULT 'building' CHECK (state IN ('building', 'linking', 'complete', 'failed')),
  extractor text NOT NULL,
  articles integer NOT NULL DEFAULT 0,
  quotes integer NOT NULL DEFAULT 0,
  facts integer NOT NULL DEFAULT 0,
  speakers integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  warnings json NOT NULL DEFAULT '[]',
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX index_versions_complete ON index_versions (version) WHERE state = 'complete';

-- Which article contents make up a version, in corpus order.
CREATE TABLE version_articles (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  seq integer NOT NULL,
  article_id text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (version, article_id),
  FOREIGN KEY (article_id, hash) REFERENCES articles (id, hash)
);
CREATE INDEX version_articles_order ON version_articles (version, seq);

CREATE TABLE extraction_failures (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  article_id text NOT NULL,
  hash text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (version, article_id)
);

-- The corpus-wide speakers of a version, after linking. `names` is the canonical name and every
-- alias, for typo-tolerant lookups through pg_trgm.
CREATE TABLE speakers (
  version integer NOT NULL REFERENCES index_versions (version) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL,
  articles text[] NOT NULL,
  names text NOT NULL,
  PRIMARY KEY (version, id)
);
CREATE INDEX speakers_name_trgm ON speakers USING gin (name gin_trgm_ops);
CREATE INDEX speakers_names_trgm ON speakers USING gin (names gin_trgm_ops);
