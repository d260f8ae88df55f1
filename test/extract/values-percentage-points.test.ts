import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function figures(text: string): string[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v: TypedValue) => v.type === 'number' || v.type === 'percent')
    .map((v) => `${v.type}:${v.text}`);
}

describe('percentage points', () => {
  it('reads "percentage points" whole as the unit of a percentage', () => {
    expect(figures('The survey of 640 riders has a margin of error of plus or minus 4 percentage points.')).toEqual([
      'number:640',
      'percent:4 percentage points',
    ]);
  });

  it('reads one percentage point whole too', () => {
    expect(figures('The levy lost a single percentage point, falling to 1 percentage point above the cap.')).toEqual(['percent:1 percentage point']);
  });

  it('still reads a plain percentage', () => {
    expect(figures('Turnout rose 6 percent in the harbour wards.')).toEqual(['percent:6 percent']);
  });
});
