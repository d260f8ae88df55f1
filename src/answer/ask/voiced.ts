import type { CoverageIndex } from '../../index/build.js';
import type { Entity, FactRecord, QuoteRecord } from '../../model/records.js';
import type { Span } from '../../model/article.js';
import { editDistanceAtMostOne } from '../../nlp/distance.js';
import type { FocusTerm, Question } from '../question.js';
import { quotesOf } from '../topic-lead.js';
import { askedSpeakerWords } from './precision.js';

/**
 * "what did Lee say about the levy" against `“We will not raise it,” she said.`: news names a
 * speaker once and then writes "he said", "the senator added", which no reading of the passage's
 * own words gives to Lee (precision.ts spokenByAsked). The extractor resolved whose words every
 * quotation is (attribution, coreference of pronouns and descriptions): a passage holding a
 * quotation credited to the asked person, or the mention its credit rests on, is that person's.
 * Only the index is read: the answer path never runs the extractor.
 */

/** The ids of the retrieved passages whose quotations the index credits to the person the question asks about. */
export function voicedByAsked(index: CoverageIndex, q: Question, records: readonly FactRecord[]): ReadonlySet<string> {
  const asked = askedSpeakerWords(q);
  const out = new Set<string>();
  // "what did Lee's aide say": the one asked is someone Lee has, not Lee.
  if (asked.length === 0 || q.head !== null) return out;
  const byArticle = new Map<string, QuoteRecord[]>();
  for (const r of records) {
    let credited = byArticle.get(r.articleId);
    if (!credited) {
      credited = creditedQuotations(index, askedSpeakers(index, asked, r.articleId), r.articleId);
      byArticle.set(r.articleId, credited);
    }
    if (credited.some((x) => overlaps(x, r.passage) || (x.speakerMention !== null && overlaps(x.speakerMention, r.passage)))) out.add(r.id);
  }
  return out;
}

/**
 * A quotation of one word ("his mangling of “Hamas”", "called it “absurd”") is a term the passage
 * mentions as often as it is the credited one's remark: it does not make the passage theirs.
 */
const MIN_QUOTED_WORDS = 2;

/** The article's quotations of two words or more the index credits to one of the speakers. */
function creditedQuotations(index: CoverageIndex, speakers: ReadonlySet<string>, articleId: string): QuoteRecord[] {
  if (speakers.size === 0) return [];
  return quotesOf(index, articleId).filter((x) => x.speakerId !== null && speakers.has(x.speakerId) && wordCount(x.text) >= MIN_QUOTED_WORDS);
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
}

function overlaps(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  return a.start < b.end && a.end > b.start;
}

/**
 * The speakers of the article the asked words name, as /quote's speaker option matches a name (any
 * of the speaker's names, a near spelling of a long word): the one holding most of the words. People
 * sharing a surname stay apart: "Obama" in a story quoting Barack and Michelle Obama names the one the
 * story calls by that word alone, and neither when both are (the question's words did not pick one).
 */
function askedSpeakers(index: CoverageIndex, asked: readonly FocusTerm[], articleId: string): ReadonlySet<string> {
  const held = speakersOf(index, articleId)
    .map((e) => ({ e, n: asked.filter((f) => namedBy(f, e)).length }))
    .filter((x) => x.n > 0);
  const most = Math.max(0, ...held.map((x) => x.n));
  const best = held.filter((x) => x.n === most).map((x) => x.e);
  if (best.length <= 1) return new Set(best.map((e) => e.id));
  const typed = asked.map((f) => f.term).join(' ');
  const called = best.filter((e) => [e.name, ...e.aliases].some((n) => nameWords(n).join(' ') === typed));
  return new Set(called.length === 1 ? [called[0].id] : []);
}

/** The entities credited with a quotation of the article. */
function speakersOf(index: CoverageIndex, articleId: string): Entity[] {
  const byId = entitiesById(index);
  const ids = new Set(quotesOf(index, articleId).flatMap((x) => (x.speakerId === null ? [] : [x.speakerId])));
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}

const entityMaps = new WeakMap<CoverageIndex, ReadonlyMap<string, Entity>>();

/** Every entity by id, built once per index. */
function entitiesById(index: CoverageIndex): ReadonlyMap<string, Entity> {
  let map = entityMaps.get(index);
  if (!map) {
    map = new Map(index.extraction.entities.map((e) => [e.id, e]));
    entityMaps.set(index, map);
  }
  return map;
}

/** The question word is one of the speaker's names ("okafor", a misspelt "okafur"). */
function namedBy(f: FocusTerm, e: Entity): boolean {
  const words = [e.name, ...e.aliases].flatMap(nameWords);
  return words.some((w) => w === f.term || f.alts.includes(w) || (f.term.length >= 6 && editDistanceAtMostOne(w, f.term)));
}

function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
