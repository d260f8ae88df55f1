import type { CoverageIndex } from '../index/build.js';
import type { AnswerResult } from '../model/answer.js';
import type { Span } from '../model/article.js';
import type { QuoteRecord } from '../model/records.js';
import type { TopicHit } from './topics.js';
import { quoteKey } from './group.js';
import { quotesOf } from './topic-lead.js';

/**
 * A story often quotes a remark whole and then echoes a few of its words in quotation marks again
 * ("… a policy of 'self-deportation'"). The echo is a quotation of its own in the index, and, being
 * short, it may cover the topic best: shown alone it hides the remark the reader means, which the
 * grouping of copies then folds away as the same words. /quote shows the whole remark instead.
 */

/** An echo this short is one common word more often than a phrase taken from the remark ("people"). */
const MIN_ECHO_WORDS = 2;

/** Each quotation's comparison key, made once: every hit of a search compares itself with its article's quotations. */
const keys = new WeakMap<QuoteRecord, string>();

function keyOf(q: QuoteRecord): string {
  let key = keys.get(q);
  if (key === undefined) {
    key = quoteKey(q.text);
    keys.set(q, key);
  }
  return key;
}

/**
 * The longest quotation of the same article whose words hold this one's whole (word for word),
 * or null. With `speakerIds`, only one credited to those speakers or to the echo's own speaker:
 * a list of one person's quotations shows no one else's. A remark credited to nobody stands for
 * an echo credited to one of them: the echo's own quotation marks say whose words these are, where
 * the extractor found no cue for the whole (a remark quoted whole in a sentence after `"…," Ruiz
 * said.`, its words echoed in the story's opening credited to her).
 */
export function wholeRemark(index: CoverageIndex, echo: QuoteRecord, speakerIds?: readonly string[]): QuoteRecord | null {
  const key = keyOf(echo);
  if (key.split(' ').length < MIN_ECHO_WORDS) return null;
  const padded = ` ${key} `;
  let best: QuoteRecord | null = null;
  let bestLength = key.length;
  for (const q of quotesOf(index, echo.articleId)) {
    if (q === echo) continue;
    if (speakerIds && !mayStandFor(q, echo, speakerIds)) continue;
    const whole = keyOf(q);
    if (whole.length > bestLength && ` ${whole} `.includes(padded)) {
      best = q;
      bestLength = whole.length;
    }
  }
  return best;
}

/** Whether the longer remark `q` may stand for `echo` in a list of `speakerIds`' quotations (see wholeRemark). */
function mayStandFor(q: QuoteRecord, echo: QuoteRecord, speakerIds: readonly string[]): boolean {
  if (q.speakerId === echo.speakerId || speakerIds.includes(q.speakerId ?? '')) return true;
  return q.speakerId === null && speakerIds.includes(echo.speakerId ?? '');
}

/** Each hit that echoes a longer remark of its story stands for that remark, at the hit's score. */
export function asWholeRemarks(index: CoverageIndex, hits: readonly TopicHit[], speakerIds?: readonly string[]): TopicHit[] {
  return hits.map((h) => {
    const whole = wholeRemark(index, h.record, speakerIds);
    return whole ? { ...h, record: whole } : h;
  });
}

/**
 * A remark the story splits over several quotations of one paragraph (`“Does anyone know the
 * plan?” Lee asked. “Neither do I.”`) is cited whole: the words the reader paraphrases may be in
 * the next part (/ask cites a passage, and a reader reads the remark, not its first half). Only
 * when every quotation of the paragraph may be the speaker's (see continuesRemark): a paragraph
 * that also quotes someone else by name keeps the quotation's own passage.
 */
export function wholeRemarkResult(index: CoverageIndex, result: AnswerResult, record: QuoteRecord, speakerIds: readonly string[]): AnswerResult {
  const whole = remarkPassage(index, record, speakerIds);
  if (whole.start === record.passage.start && whole.end === record.passage.end) return result;
  const shift = record.passage.start - whole.start;
  const highlights = (result.highlights ?? []).map((h) => ({ start: h.start + shift, end: h.end + shift }));
  return { ...result, passage: whole, highlights };
}

/** The passage of the whole remark a quotation is part of (see wholeRemarkResult); its own passage when the paragraph quotes someone else. */
function remarkPassage(index: CoverageIndex, record: QuoteRecord, speakerIds: readonly string[]): Span {
  const article = index.search.articles.get(record.articleId);
  const paragraph = article?.paragraphs.find((p) => p.start <= record.start && p.end >= record.end);
  if (!article || !paragraph) return record.passage;
  const parts = quotesOf(index, record.articleId).filter((q) => q.start >= paragraph.start && q.end <= paragraph.end);
  if (!parts.every((q) => continuesRemark(index, q, speakerIds))) return record.passage;
  const start = Math.min(record.passage.start, ...parts.map((q) => q.passage.start));
  const end = Math.max(record.passage.end, ...parts.map((q) => q.passage.end));
  return { text: article.text.slice(start, end), start, end };
}

/**
 * A quotation of the paragraph that may be the speaker's remark going on: credited to them, to no
 * one, or to a description (`“…,” the Texas senator said.`), by which a story goes on naming the
 * one it just quoted. One credited to someone else by name is another remark.
 */
function continuesRemark(index: CoverageIndex, q: QuoteRecord, speakerIds: readonly string[]): boolean {
  if (q.speakerId === null || speakerIds.includes(q.speakerId)) return true;
  return index.extraction.entities.find((e) => e.id === q.speakerId)?.kind === 'group';
}
