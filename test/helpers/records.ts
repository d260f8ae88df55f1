import type { Article } from '../../src/model/article.js';
import type { Entity, FactRecord, QuoteRecord, TypedValue } from '../../src/model/records.js';
import { splitParagraphs } from '../../src/corpus/load.js';
import { INDEX_FORMAT, indexData, openIndex, type CoverageIndex } from '../../src/index/build.js';

export function article(id: string, text: string, date: string | null = null): Article {
  return { id, file: `${id}.txt`, title: `Title of ${id}`, date, outlet: null, url: null, text, paragraphs: splitParagraphs(text), hash: id };
}

/** A quote record over `quoted` inside `article.text`, attributed to `speaker` — for answer tests that must not depend on the extractor. */
export function quoteIn(a: Article, quoted: string, speaker: string | null, n = 0): QuoteRecord {
  const start = a.text.indexOf(quoted);
  if (start < 0) throw new Error(`"${quoted}" not in ${a.id}`);
  const para = a.paragraphs.find((p) => p.start <= start && p.end >= start + quoted.length)!;
  return {
    id: `${a.id}:q${n}`,
    articleId: a.id,
    text: quoted,
    start,
    end: start + quoted.length,
    speaker,
    speakerId: speaker ? speaker.toLowerCase().replace(/\s+/g, '-') : null,
    speakerMention: null,
    cue: { text: 'said', start: para.end - 6, end: para.end - 2 },
    kind: 'direct',
    passage: para,
    confidence: 0.9,
  };
}

export function person(name: string, aliases: string[] = []): Entity {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'person', aliases: [name, ...aliases], articles: [] };
}

/** An index built straight from hand-made records. */
export function indexOf(articles: Article[], quotes: QuoteRecord[], entities: Entity[]): CoverageIndex {
  return openIndex(
    indexData({
      format: INDEX_FORMAT,
      extractor: 'test',
      builtAt: '2024-01-01T00:00:00.000Z',
      corpusHash: 'test',
      articles,
      parts: articles.map((a, i) => ({
        articleId: a.id,
        hash: a.hash,
        quotes: quotes.filter((q) => q.articleId === a.id),
        facts: [],
        entities: i === 0 ? entities : [],
      })),
      warnings: [],
    }),
  );
}

/** A typed value over the first `name` in `text`, found by its text. */
export function valueIn(text: string, type: TypedValue['type'], name: string): TypedValue {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" not in "${text}"`);
  return { type, text: name, start, end: start + name.length, normalized: name } as TypedValue;
}

/** A fact record whose passage is `text` alone, holding `values` — for /ask gate tests that must not depend on the extractor. */
export function recordOver(text: string, values: TypedValue[]): FactRecord {
  return {
    id: 'r1',
    articleId: 'a1',
    statement: text,
    passage: { start: 0, end: text.length, text },
    values,
    entities: [],
    terms: [],
    subject: null,
  } as unknown as FactRecord;
}

/** A fact record whose passage is `text` alone, holding `names` as values of `type`, found by their text. */
export function factOver(text: string, type: TypedValue['type'], names: readonly string[]): FactRecord {
  return recordOver(
    text,
    names.map((n) => valueIn(text, type, n)),
  );
}
