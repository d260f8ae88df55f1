import { STATED_FEATURES } from '../../src/answer/ask/decide.js';
import type { Scored } from '../../src/answer/ask/types.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';

/**
 * /ask's scored candidate for the value `part` in a one-sentence fact record, as the ranker hands it
 * to the decision: for tests of the gates and widenings that read the value's sentence.
 */
export function scoredIn(sentence: string, part: string, type: TypedValue['type'], at: { lead: number; p: number; items?: TypedValue[] }): Scored {
  const start = sentence.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in the sentence`);
  const value: TypedValue = { type, text: part, start, end: start + part.length, normalized: part, ...(at.items ? { items: at.items } : {}) };
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
  return { record, value, matched: new Set(), score: 1, features: { ...STATED_FEATURES }, rank: 1, lead: at.lead, crowd: 0, p: at.p };
}
