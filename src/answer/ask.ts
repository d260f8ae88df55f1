import type { Answer, AnswerResult } from '../model/answer.js';
import type { Entity, FactRecord, QuoteRecord, TypedValue } from '../model/records.js';
import { ALLOW_VERBS, SPEECH_VERBS, STOP_VERBS } from './lexicon.js';
import { editDistanceAtMostOne } from '../nlp/distance.js';
import { groupQuotes } from './group.js';
import { MIN_TOPIC_SCORE, quoteResult } from './quotes.js';
import type { CoverageIndex } from '../index/build.js';
import { cleanQuery } from './query.js';
import { relativeHighlight, sourceRef } from './cite.js';
import { analyseQuestion, type FocusTerm, type Question } from './question.js';
import { articleTerms, bestMatch, correctSpelling, inflections, wordMatch } from './match.js';
import { rankStatements, rankValues, type Candidate } from './rank.js';
import { displayValue, valueKey } from './display.js';
import { shorten } from '../corpus/title.js';

/** How many fact records the search proposes for one question; ranking reads only these. */
export const ASK_CANDIDATES = 40;
/** A value from another article this close to the best one is a real alternative, not noise. */
export const DIFFER_MARGIN = 0.3;
const MAX_STATEMENTS = 3;
const NAMED_TYPES: string[] = ['person', 'organization', 'place'];
/** How sure the speaker search must be that a question word names a quoted speaker. */
const MIN_SPEAKER_SCORE = 0.6;

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
  let saidBy: string | null = null;
  if (question.speech) {
    const spoken = speechAnswer(index, q.text, question);
    if (typeof spoken === 'string') saidBy = spoken;
    else if (spoken) return spoken;
  }
  const found = index.search.findFacts(searchTerms(question.focus), ASK_CANDIDATES).map((h) => h.record);
  // A quoted speaker with no quotation on the topic: only sentences they are the subject of.
  // "which 7 countries": a sentence that does not state the question's numbers answers another question.
  const records = (saidBy ? found.filter((r) => r.subject === saidBy) : found).filter((r) => question.numbers.every((n) => statesNumber(r, n)));
  const termsOf = (id: string) => articleTerms(index, id);
  // Their own sentences on the topic answer what they think; the sentence need not say "said".
  if (saidBy) question.focus = question.focus.map((f) => (SPEECH_VERBS.includes(f.term) ? { ...f, weak: true } : f));
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

function statesNumber(r: FactRecord, n: number): boolean {
  return r.terms.includes(String(n)) || r.values.some((v) => v.normalized === n || v.items?.length === n);
}

function notFound(query: string, message: string): Answer {
  return { command: 'ask', query, found: false, message, results: [] };
}

/** Only the words an answer must carry: weak words would widen the search and never decide it. */
function searchTerms(focus: FocusTerm[]): string[] {
  // A verb may stand unlemmatised in a record ("causing"): its inflections are searched too.
  const words = focus.filter((f) => !f.weak).flatMap((f) => [f.term, ...f.alts, ...(f.verb ? inflections(f.term) : [])]);
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
  if (differing.length === 0) return { command: 'ask', query, found: true, answer: answerLine(q, top), results };
  const answer = `Sources differ: ${results.map((r) => `${displayValue(r.values?.[0] ?? top.value)} (${shorten(r.source.title, 48)})`).join(' · ')}`;
  return { command: 'ask', query, found: true, answer, sourcesDiffer: true, results };
}

/**
 * A value differs only if its sentence answers the same question: it carries every word the top
 * one does, and as plainly. A sentence that has only a synonym ("issued a letter") where the top
 * one has the word itself ("signed the order") answers a neighbouring question.
 */
function sameQuestion(q: Question, top: Candidate, other: Candidate): boolean {
  const listsAlike = !q.plural || (other.value.items?.length ?? 0) > 1;
  // A date's type noun ("what day") names what is asked, not the topic: "that same day" does not make another date off-topic.
  const typeNouns = new Set(q.wants !== 'statement' && q.wants.types.includes('date') ? q.focus.filter((f) => f.typeNoun).map((f) => f.term) : []);
  if (!listsAlike || ![...top.matched].every((t) => typeNouns.has(t) || other.matched.has(t))) return false;
  // Amounts and dates are restated with synonyms ("will cost" / "a budget of"); who and where are not,
  // nor a bare count whose verb is the whole question ("how many were detained" / "hold 120,000 books").
  const bareCount = top.value.type === 'number' && q.counted === null;
  if (!NAMED_TYPES.includes(top.value.type) && !bareCount) return true;
  // "who is the president": a name the title is bound to differs only from another name bound to it.
  const topCtx = top.value.context ?? [];
  const otherCtx = other.value.context ?? [];
  if (NAMED_TYPES.includes(top.value.type) && q.focus.some((f) => !f.weak && bestMatch(f, topCtx) > 0 && bestMatch(f, otherCtx) === 0)) return false;
  return q.focus.every((f) => !top.matched.has(f.term) || !(plainMatch(f, top.record.terms) && !plainMatch(f, other.record.terms)));
}

/** The word itself, a near spelling or a derived form; not only a synonym. */
function plainMatch(f: FocusTerm, words: readonly string[]): boolean {
  return words.some((w) => {
    const m = wordMatch(f, w);
    return m > 0 && (m !== 0.9 || !f.alts.includes(w) || w.startsWith(f.term) || f.term.startsWith(w));
  });
}

/**
 * "What did X say about Y": X's quotations about Y, cited at the quotation's passage. Null when
 * the question names no quoted speaker (the fact sentences answer then), or an answer saying
 * nothing is found when it names someone the coverage never quotes; the speaker's name when
 * none of their quotations is on the topic (their own statements may still answer).
 */
function speechAnswer(index: CoverageIndex, query: string, q: Question): Answer | string | null {
  // "what did <speaker> say about <topic>": the words before the verb name the speaker.
  const verbAt = q.focus.findIndex((f) => SPEECH_VERBS.includes(f.term));
  const content = q.focus.filter((f) => !f.weak && !SPEECH_VERBS.includes(f.term));
  const before = q.focus.slice(0, Math.max(0, verbAt)).filter((f) => !f.weak);
  let speaker: Entity | null = null;
  const speakerTerms = new Set<string>();
  for (const f of before) {
    const hit = index.search.findSpeakers(f.term, 1)[0];
    if (!hit || hit.score < MIN_SPEAKER_SCORE || !namesSpeaker(f, hit.record)) continue;
    if (speaker && speaker.id !== hit.record.id) continue;
    speaker = hit.record;
    speakerTerms.add(f.term);
  }
  // A named speaker the coverage never quotes: silence beats a sentence about them.
  if (!speaker) return before.some((f) => f.name) ? notFound(query, NOT_FOUND) : null;
  const topic = content.filter((f) => !speakerTerms.has(f.term));
  const text = topic.map((f) => f.term).join(' ');
  const hits = index.search
    .findQuotes({ text, mode: 'topic', speakerId: speaker.id, limit: 30 })
    .filter((h) => !text || h.score >= MIN_TOPIC_SCORE)
    .filter((h) => topic.every((f) => quoteCarries(f, h.record)));
  if (hits.length === 0) return speaker.name;
  const results = groupQuotes(hits)
    .slice(0, MAX_STATEMENTS)
    .map((g) => quoteResult(index, g, ''));
  const top = results[0];
  return { command: 'ask', query, found: true, answer: `${top.speaker ?? speaker.name}: “${shorten(top.text, 200)}”`, results };
}

/** The question word is one of the speaker's names ("okafor", a misspelt "okafur"). */
function namesSpeaker(f: FocusTerm, e: Entity): boolean {
  const words = [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/\s+/));
  return words.some((w) => w === f.term || f.alts.includes(w) || (f.term.length >= 6 && editDistanceAtMostOne(w, f.term)));
}

/** A topic word the quotation (or the sentence around it) actually uses. */
function quoteCarries(f: FocusTerm, r: QuoteRecord): boolean {
  const words = (r.passage.text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []).map((w) => w.replace(/'s$/, ''));
  return words.some((w) => wordMatch(f, w) > 0 || wordMatch(f, w.replace(/(ed|ing|s|es)$/, '')) > 0);
}

function bestPerArticle(ranked: Candidate[]): Map<string, Candidate> {
  const best = new Map<string, Candidate>();
  for (const c of ranked) if (!best.has(c.record.articleId)) best.set(c.record.articleId, c);
  return best;
}

/** "3 engineers" for "how many engineers": the count with the noun it counts, as the article writes it. */
function answerLine(q: Question, c: Candidate): string {
  const shown = displayValue(c.value);
  const counted = q.counted ? q.focus.find((f) => f.term === q.counted) : undefined;
  if (c.value.type !== 'number' || !counted) return shown;
  const rest = c.record.passage.text.slice(c.value.end - c.record.passage.start);
  const noun = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(rest)?.[1];
  if (!noun) return shown;
  const lower = noun.toLowerCase();
  return wordMatch(counted, lower) > 0 || wordMatch(counted, lower.replace(/e?s$/, '')) > 0 ? `${shown} ${noun}` : shown;
}

function valueResult(index: CoverageIndex, c: Candidate, alsoIn: string[]): AnswerResult {
  const article = index.search.articles.get(c.record.articleId);
  const mark = relativeHighlight(c.record.passage, c.value);
  // A name written as a title ("the president") shows the name the answer gives.
  const named = c.value.type === 'person' || c.value.type === 'organization' || c.value.type === 'place';
  return {
    kind: 'fact',
    text: named && !c.value.items ? displayValue(c.value) : c.value.text,
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
  return { command: 'ask', query, found: true, answer: shorten(picked[0].statement, 240), results };
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


function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export type { TypedValue };
