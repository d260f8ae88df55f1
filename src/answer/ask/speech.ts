import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { Entity, QuoteRecord } from '../../model/records.js';
import { shorten } from '../../corpus/title.js';
import { editDistanceAtMostOne } from '../../nlp/distance.js';
import { groupQuotes } from '../group.js';
import { SPEECH_VERBS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { MIN_TOPIC_SCORE, quoteResult } from '../quotes.js';
import { wholeRemarkResult } from '../quotes-whole.js';
import { askedSpeakerWords } from './precision.js';

/** How sure the speaker search must be that a question word names a quoted speaker. */
const MIN_SPEAKER_SCORE = 0.6;
const MAX_STATEMENTS = 3;

/**
 * "What did X say about Y": X's quotations about Y, cited at the quotation's passage. Null when
 * the question names no quoted speaker (the fact sentences answer then), or an answer saying
 * nothing is found when it names someone the coverage never quotes; the speaker's name when
 * none of their quotations is on the topic (their own statements may still answer).
 */
export function speechAnswer(index: CoverageIndex, query: string, q: Question, notFound: Answer): Answer | string | null {
  // "what did <speaker> say about <topic>": the words before the verb name the speaker.
  const content = q.focus.filter((f) => !f.weak && !SPEECH_VERBS.includes(f.term));
  const before = askedSpeakerWords(q);
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
  if (!speaker) return before.some((f) => f.name) ? notFound : null;
  const topic = content.filter((f) => !speakerTerms.has(f.term));
  const text = topic.map((f) => f.term).join(' ');
  const hits = index.search
    .findQuotes({ text, mode: 'topic', speakerId: speaker.id, limit: 30 })
    .filter((h) => !text || h.score >= MIN_TOPIC_SCORE)
    .filter((h) => topic.every((f) => quoteCarries(f, h.record)));
  if (hits.length === 0) return speaker.name;
  const results = groupQuotes(hits)
    .slice(0, MAX_STATEMENTS)
    .map((g) => wholeRemarkResult(index, quoteResult(index, g, ''), g.best.record, [speaker.id]));
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
