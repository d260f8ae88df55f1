import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function article(text: string, date: string | null = null): Article {
  return { id: 'a', file: 'a.txt', title: 't', date, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
}

function values(text: string, date: string | null = null): TypedValue[] {
  return extractFacts(article(text, date), parseSentences(text), []).flatMap((f) => f.values);
}

const _find = (vs: TypedValue[], type: TypedValue['type']) => vs.filter((v) => v.type === type);

describe('extractFacts: names compromise does not know', () => {
  it('reads unknown towns listed with a known place as one list of places', () => {
    const v = values('Most of the staff live in Leeds, Brackwell and Oxney, the union said.');
    const list = v.find((x) => x.items && x.items.length > 1);
    expect(list?.type).toBe('place');
    expect(list?.items?.map((i) => i.normalized)).toEqual(['Leeds', 'Brackwell', 'Oxney']);
  });

  it("reads a person's name before a building word as the building", () => {
    const v = values('Executives travelled to Feld Tower in May to meet Rosa Feld.');
    expect(v.find((x) => x.type === 'place')?.normalized).toBe('Feld Tower');
    expect(v.find((x) => x.type === 'person')?.normalized).toBe('Rosa Feld');
  });
});
