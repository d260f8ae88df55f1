import type { Answer, AnswerResult } from '../model/answer.js';
import type { QuoteRecord } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import type { Hit } from '../index/search.js';
import { cleanQuery } from './query.js';
import { shorten } from '../corpus/title.js';
import { quotedSpeakers } from './speakers.js';
import { relativeHighlight, sourceRef, wordHighlights } from './cite.js';
import { groupQuotes, quoteKey, type QuoteGroup } from './group.js';
import { findTopicQuotes } from './topics.js';

/** Below this a fuzzy match is more likely noise than the quotation the user means. */
export const MIN_WHOSAID_SCORE = 0.55;
/**
 * Share of a topic (by rarity-weighted ideas, see topics.ts) a quotation must cover. Users
 * paraphrase: a quotation covering a fifth of what they typed in its own words is often the one
 * they mean. Naming the speaker already narrows the quotations to a few, so less is needed.
 */
export const MIN_TOPIC_COVERAGE = 0.2;
export const MIN_SPEAKER_TOPIC_COVERAGE = 0.15;
/** The same floor on fuse.js's scale, for callers still ranking topics with `findQuotes`. */
export const MIN_TOPIC_SCORE = 0.45;
export const MAX_RESULTS = 25;

/** /whosaid: who said these words. */
export function whosaid(index: CoverageIndex, raw: string): Answer {
  const q = cleanQuery(raw, 'a few words of the quotation');
  if (!q.ok) return { command: 'whosaid', query: raw, found: false, message: q.message, results: [] };
  const hits = index.search.findQuotes({ text: q.text, mode: 'phrase', limit: 60 }).filter((h) => h.score >= MIN_WHOSAID_SCORE);
  const groups = groupQuotes(hits, quoteKey(q.text));
  const results = groups.slice(0, MAX_RESULTS).map((g) => quoteResult(index, g, q.text));
  if (results.length === 0) {
    return { command: 'whosaid', query: q.text, found: false, message: `No quotation in the coverage matches “${q.text}”.`, results, suggestions: suggestQuotes(index, q.text) };
  }
  const top = results[0];
  return { command: 'whosaid', query: q.text, found: true, answer: top.speaker ?? 'An unattributed source', results };
}

/** /quote: quotations on a topic, optionally by one speaker. */
export function quote(index: CoverageIndex, rawTopic: string, rawSpeaker?: string): Answer {
  const query = [rawTopic, rawSpeaker ? `(speaker: ${rawSpeaker})` : ''].filter(Boolean).join(' ');
  const speakers = rawSpeaker?.trim() ? findSpeakers(index, rawSpeaker) : undefined;
  if (speakers === null) {
    return { command: 'quote', query, found: false, message: `No speaker called “${cleanQueryText(rawSpeaker ?? '')}” is quoted in the coverage.`, results: [], suggestions: quotedSpeakers(index, rawSpeaker ?? '', 3).map((h) => h.record.name) };
  }
  const topic = rawTopic.trim() ? cleanQuery(rawTopic, 'a topic') : null;
  if (topic && !topic.ok) return { command: 'quote', query, found: false, message: topic.message, results: [] };
  if (!topic && !speakers) return { command: 'quote', query, found: false, message: 'Please give a topic, a speaker, or both.', results: [] };
  const text = topic?.ok ? topic.text : '';
  const who = speakers ? ` by ${speakers.map((s) => s.name).join(' or ')}` : '';
  const hits = text ? findTopicQuotes(index, text, { speakerIds: speakers?.map((s) => s.id), limit: 60, minScore: speakers ? MIN_SPEAKER_TOPIC_COVERAGE : MIN_TOPIC_COVERAGE }) : speakerQuotes(index, speakers ?? []);
  const results = groupQuotes(hits).slice(0, MAX_RESULTS).map((g) => quoteResult(index, g, text));
  if (results.length === 0) {
    return { command: 'quote', query, found: false, message: `No quotation${who} about “${text}” in the coverage.`, results, suggestions: suggestQuotes(index, text) };
  }
  return { command: 'quote', query, found: true, answer: `${results.length} quotation${results.length === 1 ? '' : 's'}${who}`, results };
}

/** Every quotation of these speakers, in record order per speaker. */
function speakerQuotes(index: CoverageIndex, speakers: ReadonlyArray<{ id: string }>): Hit<QuoteRecord>[] {
  return speakers.flatMap((s) => index.search.findQuotes({ text: '', mode: 'topic', speakerId: s.id, limit: 60 })).slice(0, 60);
}

function cleanQueryText(raw: string): string {
  const q = cleanQuery(raw);
  return q.ok ? q.text : raw.slice(0, 40);
}

/** Names as good as the best match this close to it are the same name ("Clinton": Bill and Hillary). */
const SAME_SCORE = 1e-6;

/**
 * The entities a user means by a name, or null when nobody matches well enough. A bare surname
 * several quoted people share means any of them: the topic decides which one spoke.
 */
function findSpeakers(index: CoverageIndex, raw: string): Array<{ id: string; name: string }> | null {
  const q = cleanQuery(raw, 'a speaker name');
  if (!q.ok) return null;
  const hits = quotedSpeakers(index, q.text, 5);
  const best = hits[0];
  if (!best || best.score < 0.6) return null;
  return hits.filter((h) => h.score >= best.score - SAME_SCORE).map((h) => ({ id: h.record.id, name: h.record.name }));
}

/** A quotation as a cited result: the query's words marked in the passage, else the quotation itself. */
export function quoteResult(index: CoverageIndex, group: QuoteGroup, query: string): AnswerResult {
  const r: QuoteRecord = group.best.record;
  const article = index.search.articles.get(r.articleId);
  const highlights = query ? wordHighlights(r.passage.text, query) : [];
  const quoteMark = relativeHighlight(r.passage, r);
  return {
    kind: 'quote',
    text: r.text,
    speaker: r.speaker,
    cue: r.cue?.text ?? null,
    source: sourceRef(article, r.articleId),
    passage: r.passage,
    highlights: highlights.length ? highlights : quoteMark ? [quoteMark] : [],
    score: round(group.best.score),
    alsoIn: group.others.map((o) => o.articleId),
    recordId: r.id,
  };
}

/** Up to three quotations that share the most words with what the user typed. */
export function suggestQuotes(index: CoverageIndex, text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).slice(0, 8);
  if (words.length === 0) return [];
  // Copies of one quotation in several articles would fill the three slots with the same words.
  const hits = index.search.findQuotes({ text: words.join(' '), mode: 'topic', limit: 9 });
  const texts = hits.filter((h) => h.score >= 0.3).map((h) => shorten(h.record.text, 80));
  return [...new Set(texts)].slice(0, 3);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
