import type { CoverageIndex } from '../../index/build.js';
import type { FactRecord } from '../../model/records.js';
import { articleTerms, bestMatch, factsOf, inflections } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { RETRIEVAL } from './weights.js';
import type { ArticleHit, Retrieved } from './types.js';

/**
 * Stage 2: the articles the question's names and words point to, and their fact records.
 * An article is kept only when it covers the question nearly as well as the best one, so an
 * unrelated article added to the folder never brings its passages into the answer.
 */
export function retrieve(index: CoverageIndex, q: Question, saidBy: string | null): Retrieved {
  const articles = chooseArticles(index, q.focus);
  const records = articles
    .flatMap((a) => factsOf(index, a.id))
    // A quoted speaker with no quotation on the topic: only sentences they are the subject of.
    .filter((r) => saidBy === null || r.subject === saidBy)
    // "which 7 countries": a sentence that does not state the question's numbers answers another question.
    .filter((r) => q.numbers.every((n) => statesNumber(r, n)));
  return { articles, records };
}

function chooseArticles(index: CoverageIndex, focus: FocusTerm[]): ArticleHit[] {
  const required = focus.filter((f) => !f.weak);
  if (required.length === 0) return [];
  // Exact word look-ups first (cheap on any corpus); near spellings and derivations only for the likeliest articles.
  const rough = [...index.search.articles.keys()]
    .map((id) => ({ id, relevance: relevance(required, articleTerms(index, id), exactMatch) }))
    .filter((a) => a.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id))
    .slice(0, RETRIEVAL.roughArticles);
  const fine = rough
    .map((a) => ({ id: a.id, relevance: relevance(required, articleTerms(index, a.id), (f, words) => bestMatch(f, [...words])) }))
    .sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id));
  const best = fine[0]?.relevance ?? 0;
  if (best < RETRIEVAL.minRelevance) return [];
  // A name the question gives is who or what it is about: an article that never uses it answers another question.
  const names = required.filter((f) => f.name);
  const naming = (id: string) => names.every((f) => bestMatch(f, [...articleTerms(index, id)]) > 0);
  return fine.filter((a) => a.relevance >= best - RETRIEVAL.articleMargin && naming(a.id)).slice(0, RETRIEVAL.maxArticles);
}

/** Weighted share of the question's required words the article uses: names weigh more than other words. */
function relevance(required: FocusTerm[], words: ReadonlySet<string>, match: (f: FocusTerm, words: ReadonlySet<string>) => number): number {
  let sum = 0;
  let total = 0;
  for (const f of required) {
    const w = f.name ? RETRIEVAL.nameWeight : 1;
    total += w;
    sum += w * match(f, words);
  }
  return total === 0 ? 0 : sum / total;
}

function exactMatch(f: FocusTerm, words: ReadonlySet<string>): number {
  return [f.term, ...f.alts, ...inflections(f.term)].some((w) => words.has(w)) ? 1 : 0;
}

function statesNumber(r: FactRecord, n: number): boolean {
  return r.terms.includes(String(n)) || r.values.some((v) => v.normalized === n || v.items?.length === n);
}
