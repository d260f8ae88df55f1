import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function values(text: string): string[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v: TypedValue) => v.type !== 'person' && v.type !== 'place' && v.type !== 'organization')
    .map((v) => `${v.type}:${v.normalized}`);
}

describe('numbers spelled out in two words', () => {
  it('reads a hyphenated tens-and-units number as one percentage', () => {
    expect(values('Sixty-four percent of the harbour wards backed the levy.')).toEqual(['percent:64']);
  });

  it('reads a hyphenated tens-and-units number as one count', () => {
    expect(values('Thirty-one volunteers cleared the towpath before noon.')).toEqual(['number:31']);
  });

  it('reads the two words written apart as one number too', () => {
    expect(values('Fifty two percent of the riders wanted later ferries.')).toEqual(['percent:52']);
  });

  it('keeps two numbers that merely stand side by side apart', () => {
    expect(values('The council voted seven to two, and twenty residents walked out.')).toEqual(['number:7', 'number:2', 'number:20']);
  });
});
