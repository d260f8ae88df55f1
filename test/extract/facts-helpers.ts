import type { Article } from '../../src/model/article.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

/** The fact records of `text`, as one article published on `date`. */
export function factRecords(text: string, date: string | null = null): FactRecord[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), []);
}

/** Every typed value the fact extractor reads in `text`. */
export function factValues(text: string, date: string | null = null): TypedValue[] {
  return factRecords(text, date).flatMap((f) => f.values);
}

/** `type:normalized` of each value of the given kinds, in the order the facts give them. */
export function valuesOfKinds(text: string, kinds: TypedValue['type'][]): string[] {
  return factValues(text)
    .filter((v) => kinds.includes(v.type))
    .map((v) => `${v.type}:${v.normalized}`);
}
