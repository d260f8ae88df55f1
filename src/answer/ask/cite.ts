import type { CoverageIndex } from '../../index/build.js';
import type { Answer, AnswerResult } from '../../model/answer.js';
import type { FactRecord, TypedValue } from '../../model/records.js';
import { shorten } from '../../corpus/title.js';
import { relativeHighlight, sourceRef } from '../cite.js';
import { displayValue } from '../display.js';
import { wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import type { Decision } from './decide.js';
import type { Scored } from './types.js';
import { givesReason, spokenByAsked } from './precision.js';
import { DECISION } from './weights.js';

const MAX_STATEMENTS = 3;
export const NOT_FOUND = 'The coverage does not answer that question.';

/** Stage 6: the decision as an Answer, every value cited at its passage with the value marked. */
export function cite(index: CoverageIndex, query: string, q: Question, d: Decision, voiced: ReadonlySet<string> = new Set()): Answer {
  if (d.kind === 'value') return valueAnswer(index, query, q, d.top, d.alsoIn, d.differing);
  if (d.kind === 'statement') {
    // "why did Lee resign": a passage that only tells the resignation again does not say why.
    // "who wrote the paper": the doer is a name, and a passage giving none does not answer it.
    // A headline squeezes the story into a phrase ("Lee and Ruiz team up on Vale"): it tells no one's words or acts as asked.
    const stated = d.records.filter((r) => !repeatsArticleTitle(index, r));
    // "what did Lee say about Vale": only a passage Lee speaks in tells Lee's words, by name or by a quotation credited to Lee (`"…," she said`).
    const spoken = q.speech ? stated.filter((r) => spokenByAsked(q, r, voiced)) : stated;
    const records = q.asksDoer ? [] : q.asksWhy ? spoken.filter(givesReason) : spoken;
    if (records.length === 0) return notFound(query, NOT_FOUND + possiblyRelevant(index, d.records.slice(0, DECISION.possiblyRelevant)));
    return statementAnswer(index, query, q, records);
  }
  return notFound(query, NOT_FOUND + possiblyRelevant(index, d.near));
}

/** The sentence is the article's own title, which the text repeats as its first line. */
function repeatsArticleTitle(index: CoverageIndex, r: FactRecord): boolean {
  const title = folded(index.search.articles.get(r.articleId)?.title ?? '');
  const sentence = folded(r.statement);
  return title.length > 0 && sentence.length > 0 && (title.startsWith(sentence) || sentence.startsWith(title));
}

function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function notFound(query: string, message: string): Answer {
  return { command: 'ask', query, found: false, message, results: [] };
}

/** " Possibly relevant (no answer asserted): “…” (title)": the closest passages, in the message only. */
function possiblyRelevant(index: CoverageIndex, near: FactRecord[]): string {
  if (near.length === 0) return '';
  const cited = near.map(
    (r) => `“${shorten(r.statement.replace(/\s+/g, ' ').trim(), 160)}” (${shorten(index.search.articles.get(r.articleId)?.title ?? r.articleId, 48)})`,
  );
  return ` Possibly relevant, with no answer asserted: ${cited.join(' · ')}`;
}

function valueAnswer(index: CoverageIndex, query: string, q: Question, top: Scored, alsoIn: string[], differing: Scored[]): Answer {
  const results = [valueResult(index, top, alsoIn), ...differing.map((c) => valueResult(index, c, []))];
  if (differing.length === 0) return { command: 'ask', query, found: true, answer: answerLine(q, top), results };
  const answer = `Sources differ: ${results.map((r) => `${displayValue(r.values?.[0] ?? top.value)} (${shorten(r.source.title, 48)})`).join(' · ')}`;
  return { command: 'ask', query, found: true, answer, sourcesDiffer: true, results };
}

/** "3 engineers" for "how many engineers": the count with the noun it counts, as the article writes it. */
function answerLine(q: Question, c: Scored): string {
  const shown = displayValue(c.value);
  const counted = q.counted ? q.focus.find((f) => f.term === q.counted) : undefined;
  if (c.value.type !== 'number' || !counted) return shown;
  const rest = c.record.passage.text.slice(c.value.end - c.record.passage.start);
  const noun = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(rest)?.[1];
  if (!noun) return shown;
  const lower = noun.toLowerCase();
  return wordMatch(counted, lower) > 0 || wordMatch(counted, lower.replace(/e?s$/, '')) > 0 ? `${shown} ${noun}` : shown;
}

function valueResult(index: CoverageIndex, c: Scored, alsoIn: string[]): AnswerResult {
  return factResult(index, c.record, c.value, round(c.p), alsoIn);
}

/** One cited value: the value as the answer shows it, its passage with the value marked, and its article. */
export function factResult(index: CoverageIndex, record: FactRecord, value: TypedValue, score: number, alsoIn: string[] = []): AnswerResult {
  const article = index.search.articles.get(record.articleId);
  const mark = relativeHighlight(record.passage, value);
  // A name written as a title ("the president") shows the name the answer gives.
  const named = value.type === 'person' || value.type === 'organization' || value.type === 'place';
  return {
    kind: 'fact',
    text: named && !value.items ? displayValue(value) : value.text,
    speaker: null,
    source: sourceRef(article, record.articleId),
    passage: record.passage,
    highlights: mark ? [mark] : [],
    score,
    alsoIn,
    values: [value],
    recordId: record.id,
  };
}

/** "What happened at the airport?": the passages that say it, one per article. */
function statementAnswer(index: CoverageIndex, query: string, q: Question, records: FactRecord[]): Answer {
  const seen = new Set<string>();
  const picked = records.filter((r) => !seen.has(r.articleId) && seen.add(r.articleId)).slice(0, MAX_STATEMENTS);
  const results = picked.map(
    (r): AnswerResult => ({
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
    }),
  );
  return { command: 'ask', query, found: true, answer: shorten(picked[0].statement, 240), results };
}

/** Marks the passage's words that answer to the question's words (lemma, synonym or near spelling). */
function focusHighlights(passage: string, focus: FocusTerm[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of passage.matchAll(/[\p{L}\p{N}'-]+/gu)) {
    const word = m[0].toLowerCase().replace(/'s$/, '');
    const stem = word.replace(/(ed|ing|s|es)$/, '');
    if (focus.some((f) => !f.weak && (wordMatch(f, word) > 0 || wordMatch(f, stem) > 0 || word.startsWith(f.term))))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
