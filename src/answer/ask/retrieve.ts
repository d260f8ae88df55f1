import type { CoverageIndex } from '../../index/build.js';
import type { FactRecord } from '../../model/records.js';
import { articleWords, bestMatch, factsOf, inflections } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { CUE_VERBS } from '../../extract/lexicon.js';
import { RETRIEVAL } from './weights.js';
import { withAntecedents } from './antecedent.js';
import { precedingWords } from './context.js';
import type { Span } from '../../model/article.js';
import { datedAsAsked } from '../question-dates.js';
import type { ArticleHit, Retrieved } from './types.js';
import { holdsPhrase } from '../short-forms.js';
import { isNameWord } from '../wordnet.js';
import { voicedByAsked } from './voiced.js';
import { withCoordinations } from './coordination.js';

/**
 * Stage 2: the articles the question's names and words point to, and their fact records.
 * An article is kept only when it covers the question nearly as well as the best one, so an
 * unrelated article added to the folder never brings its passages into the answer.
 */
export function retrieve(index: CoverageIndex, q: Question, saidBy: string | null): Retrieved {
  const articles = chooseArticles(index, q.focus);
  const all = articles.flatMap((a) => recordsOf(index, a.id));
  // `"…," he said`: the passages holding the asked speaker's quotations, whatever they call them.
  const voiced = q.speech ? voicedByAsked(index, q, all) : new Set<string>();
  const records = all
    // A quoted speaker with no quotation on the topic: only sentences that are theirs, by subject, by name or by a quotation credited to them.
    .filter((r) => saidBy === null || namesSpeaker(r, saidBy) || voiced.has(r.id))
    // "on march 15": a sentence dated "Tuesday" of that week states it.
    .map((r) => datedAsAsked(r, q.dates))
    // "which 7 countries": a sentence that does not state the question's numbers answers another question.
    .filter((r) => q.numbers.every((n) => statesNumber(r, n) || listsAsMany(q, r, n)));
  // Read only for the few passages a statement question weighs (decide.ts contextAnswer), not for every record of every question.
  const preceding = (r: FactRecord) => precedingWords(r, paragraphsOf(index, r.articleId));
  return { articles, records, voiced, preceding };
}

/** The article's fact records, each carrying the name its pronoun or description subject stands for. */
function recordsOf(index: CoverageIndex, articleId: string): readonly FactRecord[] {
  const records = factsOf(index, articleId);
  if (!RETRIEVAL.carryAntecedents) return records;
  return withAntecedents(records, paragraphsOf(index, articleId));
}

function paragraphsOf(index: CoverageIndex, articleId: string): readonly Span[] {
  return index.search.articles.get(articleId)?.paragraphs ?? [];
}

/**
 * "What did Okafor say about the levy": a sentence Okafor is the subject of, or one that names
 * Okafor ("… the levy, Okafor told reporters", "Mr. Okafor called it a mistake") where the
 * extractor took another word for its subject.
 */
function namesSpeaker(r: FactRecord, speaker: string): boolean {
  return r.subject === speaker || (r.entities.includes(speaker) && speaksIn(r.statement, speaker));
}

/** Words between a speaker's name and the cue that gives them the words ("Okafor, the county's treasurer, said"). */
const CUE_REACH = 6;

/**
 * The name is the one a verb of speech gives the words to: "Okafor said", "Okafor, the county's
 * treasurer, told …", "said Treasurer Dana Okafor", "according to Okafor". Naming someone is not
 * giving them the words: in "Lee argued that Okafor …" or "calling Okafor's plan a mistake"
 * another name, or no name, is the speaker.
 */
export function speaksIn(statement: string, speaker: string): boolean {
  const surname = speaker.toLowerCase().split(/\s+/).at(-1) ?? '';
  const tokens = [...statement.matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].map((m) => m[0]);
  const words = tokens.map((w) => w.toLowerCase());
  const isCue = (k: number) => CUE_VERBS.has(words[k]) || (words[k] === 'according' && words[k + 1] === 'to');
  return words.some((w, k) => {
    if (w !== surname) return false;
    // "said Treasurer Dana Okafor", "according to Okafor": only the name's own capitalised words between.
    for (let c = k - 1; c >= Math.max(0, k - 4); c--) {
      if (isCue(c) || (words[c] === 'to' && words[c - 1] === 'according')) return true;
      if (!/^\p{Lu}/u.test(tokens[c])) break;
    }
    // "Okafor said", "Okafor, the treasurer, said": no other speech-like clause ("that") before the cue.
    for (let c = k + 1; c <= Math.min(words.length - 1, k + CUE_REACH); c++) {
      if (isCue(c)) return true;
      if (words[c] === 'that' || words[c] === 'and') return false;
    }
    return false;
  });
}

function chooseArticles(index: CoverageIndex, focus: FocusTerm[]): ArticleHit[] {
  // The reader's name for the piece chooses the article, though no sentence of it need hold those words.
  const required = focus.filter((f) => !f.weak || f.piece);
  if (required.length === 0) return [];
  // Exact word look-ups first (cheap on any corpus); near spellings and derivations only for the likeliest articles.
  const exact = [...index.search.articles.keys()].map((id) => ({ id, held: required.map((f) => exactMatch(f, articleWords(index, id))) }));
  const rough = exact
    .map((a) => ({ id: a.id, relevance: weightedShare(required, a.held) }))
    .filter((a) => a.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id))
    .slice(0, RETRIEVAL.roughArticles);
  const fineHit = (id: string) => ({ id, relevance: relevance(required, articleWords(index, id), (f, words) => bestMatch(f, [...words])) });
  const fine = rough.map((a) => fineHit(a.id)).sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id));
  // A name the question gives is who or what it is about: an article that never uses it answers another question.
  const names = required.filter((f) => f.name);
  const naming = (id: string) => names.every((f) => bestMatch(f, [...articleWords(index, id)]) > 0);
  const best = fine[0]?.relevance ?? 0;
  if (best < RETRIEVAL.minRelevance) {
    const pointed = pointedArticle(required, exact, fine, fineHit);
    return pointed && naming(pointed.id) ? [pointed] : [];
  }
  return fine.filter((a) => a.relevance >= best - RETRIEVAL.articleMargin && naming(a.id)).slice(0, RETRIEVAL.maxArticles);
}

/**
 * "what agency did petraeus used to lead": the reader paraphrases the ordinary words ("agency",
 * "lead" for "C.I.A. director"), but a name of the question that only one article of the corpus
 * uses (or very few: a share of the corpus) points to it. Only a name: an unrelated article added
 * to the corpus may use any common word ("race", "library") and so change where the word points.
 * Its article answers when it still carries a good part of the question and no other article
 * carries as much.
 */
function pointedArticle(
  required: FocusTerm[],
  exact: ReadonlyArray<{ id: string; held: number[] }>,
  fine: ArticleHit[],
  fineHit: (id: string) => ArticleHit,
): ArticleHit | null {
  const rare = Math.max(1, Math.floor(exact.length * RETRIEVAL.distinctiveShare));
  const holders = (k: number) => exact.filter((a) => a.held[k] > 0);
  const terms = required
    .flatMap((f, k) => (f.name || isNameWord(f.term) ? [k] : []))
    .filter((k) => {
      const n = holders(k).length;
      return n > 0 && n <= rare;
    });
  const pointedIds = new Set(terms.flatMap((k) => holders(k).map((a) => a.id)));
  if (pointedIds.size === 0) return null;
  const ranked = [...new Map([...fine, ...[...pointedIds].map(fineHit)].map((a) => [a.id, a])).values()].sort(
    (a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id),
  );
  const [top, next] = ranked;
  if (!pointedIds.has(top.id) || top.relevance < RETRIEVAL.pointedRelevance) return null;
  return next === undefined || top.relevance > next.relevance ? top : null;
}

/** The share of the question's words an article holds (held[k] for required[k], 0 to 1), names weighing RETRIEVAL.nameWeight. */
function weightedShare(required: FocusTerm[], held: number[]): number {
  let sum = 0;
  let total = 0;
  required.forEach((f, k) => {
    const w = f.name ? RETRIEVAL.nameWeight : 1;
    total += w;
    sum += w * held[k];
  });
  return total === 0 ? 0 : sum / total;
}

/** Weighted share of the question's required words the article uses: names weigh more than other words. */
function relevance(required: FocusTerm[], words: ReadonlySet<string>, match: (f: FocusTerm, words: ReadonlySet<string>) => number): number {
  return weightedShare(
    required,
    required.map((f) => match(f, words)),
  );
}

function exactMatch(f: FocusTerm, words: ReadonlySet<string>): number {
  return [f.term, ...f.alts, ...inflections(f.term)].some((w) => words.has(w)) || holdsPhrase(f, words) ? 1 : 0;
}

function statesNumber(r: FactRecord, n: number): boolean {
  return r.terms.includes(String(n)) || r.values.some((v) => v.normalized === n || v.items?.length === n);
}

/**
 * "which 2 candidates" against "Ana Ruiz and Senator Tom Vale": the question's number counts the
 * names a coordination gives, which the name reader kept apart (a title between them, a name of
 * another kind), as the list a plural question is offered (ask/coordination.ts).
 */
function listsAsMany(q: Question, r: FactRecord, n: number): boolean {
  if (!q.plural) return false;
  const offered = withCoordinations(q, r);
  return offered !== r && offered.values.some((v) => v.items?.length === n);
}
