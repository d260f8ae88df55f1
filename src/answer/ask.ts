import type { Answer } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import { cleanQuery } from './query.js';

/** STUB (owned by the facts/ask work): factual questions answered from fact records. */
export function ask(index: CoverageIndex, raw: string): Answer {
  void index;
  const q = cleanQuery(raw, 'a question');
  if (!q.ok) return { command: 'ask', query: raw, found: false, message: q.message, results: [] };
  return { command: 'ask', query: q.text, found: false, message: 'The coverage does not answer that question.', results: [] };
}
