-- The score a search's first cut gives a record (src/search/candidates.ts TermIndex: the sum, over
-- the query's groups of words, of the greatest weight among the group's words the record holds),
-- computed from the record's stored words (the `words` and `passage_words` columns of 003 and 006,
-- which hold exactly the words the search indexes a record by). A scoped replica answering in
-- batches (src/replica/batched.ts) asks it for the articles it has not read yet: an article whose
-- every record scores below what the records already read show the cut keeps cannot change the
-- answer, and is not read. `groups`, `terms`, `weights` and `exact` are one query's words side by
-- side: group number, word, weight, and whether the word is one lexeme of a `simple` tsvector (then
-- it is held when it is among the record's lexemes; otherwise, which no tokenized word should be,
-- when the record matches it as a query of its parts, which can only count it more often: the
-- score stays an upper bound).
CREATE FUNCTION coverage_cut_score(words tsvector, groups integer[], terms text[], weights double precision[], exact boolean[])
  RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (
    SELECT coalesce(sum(best), 0) FROM (
      SELECT max(t.weight) AS best
      FROM unnest(groups, terms, weights, exact) AS t(grp, term, weight, one)
      WHERE CASE WHEN t.one THEN t.term = ANY(tsvector_to_array(words)) ELSE words @@ plainto_tsquery('simple', t.term) END
      GROUP BY t.grp
    ) per_group
  );

COMMENT ON FUNCTION coverage_cut_score(tsvector, integer[], text[], double precision[], boolean[]) IS
  'A record''s first-cut score for one query (see src/search/candidates.ts), from its stored words; an upper bound for a word that is not one lexeme';
