/** Issue 13: a firm named by two names joined by "&" is answered whole (invented texts). */
import { describe, expect, it } from 'vitest';
import { wholeName } from '../../src/answer/ask/whole-name.js';
import type { Scored } from '../../src/answer/ask/types.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';

/** The answer `part` (as the name reader read it) in `sentence`, widened. */
function widened(sentence: string, part: string, type: 'person' | 'place' | 'organization'): string | number | undefined {
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
  const c: Scored = { record, value, matched: new Set(), score: 1, features: FEATURES, rank: 1, p: 1 };
  return wholeName(c).value.normalized;
}

const FEATURES = { hand: 1, strict: 1, soft: 1, names: 1, bound: 1, counted: 0, typeFirst: 1, article: 1, askedAbout: 0, listFit: 0, typeNoun: 0, near: 1 };

describe('a firm named with an ampersand is one name', () => {
  it('adds the name after the ampersand', () => {
    expect(widened('Ines Darrow, a partner at Tolliver & Marsh, said the firm would appeal.', 'Tolliver', 'organization')).toBe('Tolliver & Marsh');
  });

  it('adds the name before the ampersand and every capitalised word after it', () => {
    expect(widened('The fund hired Pryce & Van Holt Advisers last spring.', 'Van Holt Advisers', 'organization')).toBe('Pryce & Van Holt Advisers');
  });

  it('stops at the first lower-case word', () => {
    expect(widened('Analysts at Acme & Sons expect prices to rise.', 'Acme', 'organization')).toBe('Acme & Sons');
  });

  it('leaves a person named beside another with an ampersand alone', () => {
    expect(widened('The show was hosted by Tom Lee & Ana Ruiz in 2015.', 'Tom Lee', 'person')).toBe('Tom Lee');
  });
});
