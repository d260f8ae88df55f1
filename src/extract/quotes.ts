import type { Article, Span } from '../model/article.js';
import type { Sentence } from '../nlp/parse.js';
import type { Entity, QuoteRecord } from '../model/records.js';
import { toWords } from '../nlp/words.js';
import type { Attribution, Found, TextWords } from './attribution.js';
import { lineEndNear, lineStartNear, sentenceEnd, sentenceStart } from './boundaries.js';
import type { Candidate } from './candidates.js';
import { examine } from './candidates.js';
import type { Ranges } from './cast.js';
import { buildCast, resolveSpeaker } from './cast.js';
import { inheritAttributions } from './inherit.js';
import { scanQuotes } from './marks.js';
import { nestedQuotes } from './nested.js';
import type { LocalEntity, Roster } from './roster.js';

/** Quotations of an article with their speakers, and the article's people and organisations. */
export function extractQuotes(article: Article, sentences: Sentence[]): { quotes: QuoteRecord[]; entities: Entity[] } {
  const t: TextWords = { text: article.text, words: toWords(article.text, sentences) };
  const marks = scanQuotes(article.text);
  const candidates = examine(t, marks);
  inheritAttributions(t, candidates);
  const found = candidates.filter(isQuotation).map(toFound);
  found.push(...nestedQuotes(t, found));
  found.sort((a, b) => a.start - b.start);
  const quoted: Ranges = marks.map((m) => ({ start: m.open, end: m.close ?? m.end }));
  const roster = buildCast(
    t.words,
    quoted,
    found.flatMap((f) => (f.attribution ? [f.attribution] : [])),
  );
  const ids = new Map<LocalEntity, string>();
  const idOf = (e: LocalEntity): string => ids.get(e) ?? ids.set(e, `${article.id}:e${ids.size + 1}`).get(e)!;
  const quotes = found.map((f, n) => toRecord(article, t, roster, f, n, idOf));
  const entities = roster.entities.filter((e) => e.kind !== 'group' || ids.has(e)).map((e) => toEntity(article, e, idOf(e)));
  return { quotes, entities };
}

/**
 * What the eval (and a reader) counts as a quotation: every full quotation, and a few quoted
 * words only when a speech verb ties them to someone; scare quotes and titles are left out.
 */
function isQuotation(c: Candidate): boolean {
  if (c.notQuote) return false;
  if (c.kind === 'direct') return true;
  return !!c.attribution?.cue && (!!c.attribution.mention || !!c.attribution.reported);
}

function toFound(c: Candidate): Found {
  const { mark } = c;
  return { start: mark.start, end: mark.end, kind: c.kind, attribution: c.attribution, sentence: c.sentence, lineStart: mark.lineStart, lineEnd: mark.lineEnd };
}

const CONFIDENCE: Record<Attribution['via'], number> = {
  intro: 0.9,
  after: 0.9,
  dash: 0.85,
  before: 0.75,
  inherited: 0.8,
  floating: 0.7,
  verb: 0.6,
  nested: 0.6,
};

function toRecord(article: Article, t: TextWords, roster: Roster, f: Found, n: number, idOf: (e: LocalEntity) => string): QuoteRecord {
  const a = f.attribution;
  const entity = a ? resolveSpeaker(roster, t.words, a, f) : null;
  const m = a?.mention ?? null;
  let confidence = a && m ? CONFIDENCE[a.via] : 0.3;
  if (m?.kind === 'pronoun' && !entity) confidence *= 0.7;
  return {
    id: `${article.id}:q${n + 1}`,
    articleId: article.id,
    text: article.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    speaker: entity ? entity.name : null,
    speakerId: entity ? idOf(entity) : null,
    speakerMention: m ? citedMention(article.text, t, m) : null,
    cue: a?.cue ?? null,
    kind: f.kind,
    passage: passageOf(article.text, f),
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** The words the attribution rests on: the subject of the cue, a relative pronoun standing for its antecedent included. */
function citedMention(text: string, t: TextWords, m: NonNullable<Attribution['mention']>): Span {
  const w = m.relative === undefined ? null : t.words[m.relative];
  return w ? span(text, w.start, w.end) : span(text, m.start, m.end);
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** How far away (in characters) an attribution may sit and still be cited with its quotation. */
const PASSAGE_REACH = 600;

/** The quotation's sentence(s), widened to the sentence of its attribution when that is near. */
function passageOf(text: string, f: Found): Span {
  let { start, end } = f.sentence;
  const a = f.attribution;
  for (const s of [a?.mention, a?.cue]) {
    if (!s) continue;
    if (s.start < start && start - s.start <= PASSAGE_REACH) start = s.start;
    if (s.end > end && s.end - end <= PASSAGE_REACH) end = s.end;
  }
  const lineStart = lineStartNear(text, start);
  const lineEnd = lineEndNear(text, end);
  start = sentenceStart(text, start, lineStart);
  end = Math.max(end, sentenceEnd(text, Math.max(start, end - 1), lineEnd));
  return span(text, start, end);
}

function toEntity(article: Article, e: LocalEntity, id: string): Entity {
  const aliases = [...e.aliases].filter((a) => a !== e.name);
  return { id, name: e.name, kind: e.kind, aliases, articles: [article.id] };
}
