import type { ArticleExtraction } from '../src/extract/index.js';
import type { Entity, Extraction, FactRecord, QuoteRecord } from '../src/model/records.js';
import type { GeneratedArticle, Person } from './generate.js';

/**
 * The generator's own answers as index records: a perfect extractor. Searching these measures
 * the search layer alone, independent of how far the extractors have come.
 */
export function truthParts(articles: GeneratedArticle[], hashes: ReadonlyMap<string, string>): ArticleExtraction[] {
  return articles.map((a) => ({
    articleId: a.id,
    hash: hashes.get(a.id) ?? '',
    quotes: a.quotes.map((_q, i) => quoteRecord(a, i)),
    facts: a.facts.map((_f, i) => factRecord(a, i)),
    entities: [],
  }));
}

/** Corpus-wide speakers, one per person, as entity linking should produce. */
export function truthExtraction(articles: GeneratedArticle[], parts: ArticleExtraction[]): Extraction {
  const byPerson = new Map<string, { person: Person; articles: Set<string> }>();
  for (const a of articles) {
    for (const q of a.quotes) {
      const e = byPerson.get(q.speaker.id) ?? { person: q.speaker, articles: new Set<string>() };
      e.articles.add(a.id);
      byPerson.set(q.speaker.id, e);
    }
  }
  const entities: Entity[] = [...byPerson.values()].map(({ person, articles: ids }) => ({
    id: person.id,
    name: person.name,
    kind: 'person',
    aliases: [person.surname],
    articles: [...ids],
  }));
  return { quotes: parts.flatMap((p) => p.quotes), facts: parts.flatMap((p) => p.facts), entities };
}

function quoteRecord(a: GeneratedArticle, i: number): QuoteRecord {
  const q = a.quotes[i];
  const passage = { text: a.text.slice(q.passage.start, q.passage.end), ...q.passage };
  return {
    id: `${a.id}:q${i}`,
    articleId: a.id,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker.name,
    speakerId: q.speaker.id,
    speakerMention: null,
    cue: null,
    kind: q.kind,
    passage,
    confidence: 1,
  };
}

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'at', 'by', 'to', 'and', 'for', 'after', 'since', 'has', 'were', 'is', 'was', 'are']);

function factRecord(a: GeneratedArticle, i: number): FactRecord {
  const f = a.facts[i];
  const statement = a.text.slice(f.start, f.end);
  const at = statement.indexOf(f.answer);
  const terms = [...new Set((statement.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)))];
  return {
    id: `${a.id}:f${i}`,
    articleId: a.id,
    statement,
    passage: { text: statement, start: f.start, end: f.end },
    values: at < 0 ? [] : [{ type: 'number', text: f.answer, start: f.start + at, end: f.start + at + f.answer.length }],
    entities: [],
    subject: null,
    predicate: [],
    terms,
  };
}
