import type { Article } from '../model/article.js';
import type { Sentence } from '../nlp/parse.js';
import type { Entity, FactRecord } from '../model/records.js';

/** STUB (owned by the facts/ask work): statements with typed values. */
export function extractFacts(article: Article, sentences: Sentence[], entities: Entity[]): FactRecord[] {
  void article;
  void sentences;
  void entities;
  return [];
}
