import type { Answer, AnswerResult } from '../model/answer.js';
import type { FactRecord, TypedValue } from '../model/records.js';
import { ALLOW_VERBS, STOP_VERBS } from './lexicon.js';
import type { CoverageIndex } from '../index/build.js';
import { cleanQuery } from './query.js';
import { relativeHighlight, sourceRef } from './cite.js';
import { analyseQuestion, type FocusTerm, type Question } from './question.js';
import { articleTerms, correctSpelling, wordMatch } from './match.js';
import { rankStatements, rankValues, type Candidate } from './rank.js';
import { displayValue, valueKey } from './display.js';
import { shorten } from '../corpus/title.js';

/** How many fact records the search proposes for one question; ranking reads only these. */
export const ASK_CANDIDATES = 40;
/** A value from another article this close to the best one is a real alternative, not noise. */
export const DIFFER_MARGIN = 0.3;
const MAX_STATEMENTS = 3;

const NOT_FOUND = 'The coverage does not answer that question.';

/** /ask: a factual question answered from fact records, with every source that agrees or differs. */
export function ask(index: CoverageIndex, raw: string): Answer {
  const q = cleanQuery(raw, 'a question');
  if (!q.ok) return { command: 'ask', query: raw, found: false, message: q.message, results: [] };
  const question = analyseQuestion(q.text);
  question.focus = correctSpelling(index, question.focus);
  if (!question.focus.some((f) => !f.weak)) {
    return notFound(q.text, 'Please ask about something specific: a person, a place, an event.');
  }
  const records = index.search.findFacts(searchTerms(question.focus), ASK_CANDIDATES).map((h) => h.record);
  const termsOf = (id: string) => articleTerms(index, id);
  const ranked = rankValues(question, records, termsOf);
  if (ranked.length > 0) return valueAnswer(index, q.text, question, ranked);
  // A "who" question no name answers ("who was detained?") is still answered by the passage.
  const statementOk = question.wants === 'statement' || question.wants.types.some((t) => t === 'person' || t === 'organization');
  if (statementOk) {
    const statements = rankStatements(question, records, termsOf);
    if (statements.length > 0) return statementAnswer(index, q.text, question, statements.map((s) => s.record));
  }
  return notFound(q.text, NOT_FOUND);
}

function notFound(query: string, message: string): Answer {
  return { command: 'ask', query, found: false, message, results: [] };
}

/** Only the words an answer must carry: weak words would widen the search and never decide it. */
function searchTerms(focus: FocusTerm[]): string[] {
  const words = focus.filter((f) => !f.weak).flatMap((f) => [f.term, ...f.alts]);
  // "suspended" may be written "not issued": look for the negated opposites too.
  const opposites = words.some((w) => STOP_VERBS.includes(w)) ? ALLOW_VERBS : [];
  return [...new Set([...words, ...opposites])];
}

/** The best value, every article agreeing with it, and each article's differing value. */
function valueAnswer(index: CoverageIndex, query: string, q: Question, ranked: Candidate[]): Answer {
  const top = ranked[0];
  const topKey = valueKey(top.value);
  const byArticle = bestPerArticle(ranked);
  const agreeing = ranked.filter((c) => valueKey(c.value) === topKey && c.score >= top.score - 2 * DIFFER_MARGIN);
  const alsoIn = unique(agreeing.map((c) => c.record.articleId)).filter((id) => id !== top.record.articleId);
  const differing = [...byArticle.values()].filter(
    (c) => c.record.articleId !== top.record.articleId && !alsoIn.includes(c.record.articleId) && valueKey(c.value) !== topKey && c.score >= top.score - DIFFER_MARGIN && sameQuestion(q, top, c),
  );
  const results = [valueResult(index, top, alsoIn), ...differing.map((c) => valueResult(index, c, []))];
  if (differing.length === 0) return { command: 'ask', query, found: true, answer: displayValue(top.value), results };
  const answer = `Sources differ: ${results.map((r) => `${displayValue(r.values?.[0] ?? top.value)} (${shorten(r.source.title, 48)})`).join(' · ')}`;
  return { command: 'ask', query, found: true, answer, sourcesDiffer: true, results };
}

/** A value differs only if its sentence answers the same question: it carries every word the top one does. */
function sameQuestion(q: Question, top: Candidate, other: Candidate): boolean {
  const listsAlike = !q.plural || (other.value.items?.length ?? 0) > 1;
  return listsAlike && [...top.matched].every((t) => other.matched.has(t));
}

function bestPerArticle(ranked: Candidate[]): Map<string, Candidate> {
  const best = new Map<string, Candidate>();
  for (const c of ranked) if (!best.has(c.record.articleId)) best.set(c.record.articleId, c);
  return best;
}

function valueResult(index: CoverageIndex, c: Candidate, alsoIn: string[]): AnswerResult {
  const article = index.search.articles.get(c.record.articleId);
  const mark = relativeHighlight(c.record.passage, c.value);
  return {
    kind: 'fact',
    text: c.value.text,
    speaker: null,
    source: sourceRef(article, c.record.articleId),
    passage: c.record.passage,
    highlights: mark ? [mark] : [],
    score: round(Math.min(1, c.score / 1.5)),
    alsoIn,
    values: [c.value],
    recordId: c.record.id,
  };
}

/** "What happened at the airport?": the passages that say it, one per article. */
function statementAnswer(index: CoverageIndex, query: string, q: Question, records: FactRecord[]): Answer {
  const seen = new Set<string>();
  const picked = records.filter((r) => !seen.has(r.articleId) && seen.add(r.articleId)).slice(0, MAX_STATEMENTS);
  const results = picked.map((r): AnswerResult => ({
    kind: 'fact',
    text: r.statement,
    speaker: null,
    source: sourceRef(index.search.articles.get(r.articleId), r.articleId),
    passage: r.passage,
    highlights: focusHighlights(r.passage.text, q.focus),
    score: 1,
    alsoIn: [],
    values: r.values,
    recordId: r.id,
  }));
  return { command: 'ask', query, found: true, answer: oneLine(picked[0].statement), results };
}

/** Marks the passage's words that answer to the question's words (lemma, synonym or near spelling). */
function focusHighlights(passage: string, focus: FocusTerm[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of passage.matchAll(/[\p{L}\p{N}'-]+/gu)) {
    const word = m[0].toLowerCase().replace(/'s$/, '');
    const stem = word.replace(/(ed|ing|s|es)$/, '');
    if (focus.some((f) => !f.weak && (wordMatch(f, word) > 0 || wordMatch(f, stem) > 0 || word.startsWith(f.term)))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function oneLine(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export type { TypedValue };
