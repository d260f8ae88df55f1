import { STATED_FEATURES } from '../../src/answer/ask/decide.js';
import { wholeName } from '../../src/answer/ask/whole-name.js';
import type { Scored } from '../../src/answer/ask/types.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';

/** The answer `part` (as the name reader read it) in `sentence`, widened. */
export function widened(sentence: string, part: string, type: 'person' | 'place' | 'organization'): string | number | undefined {
  const start = sentence.indexOf(part);
  const value: TypedValue = { type, text: part, start, end: start + part.length, normalized: part };
  const record: FactRecord = {
    id: 'r1',
    articleId: 'a',
    statement: sentence,
    passage: { start: 0, end: sentence.length, text: sentence },
    values: [value],
    entities: [],
    subject: null,
    predicate: [],
    terms: [],
  };
  const c: Scored = { record, value, matched: new Set(), score: 1, features: { ...STATED_FEATURES }, rank: 1, lead: 3, crowd: 0, p: 1 };
  return wholeName(c).value.normalized;
}
