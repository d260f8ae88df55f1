import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';

function spans(text: string): string[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v: TypedValue) => v.type === 'duration')
    .map((v) => String(v.normalized));
}

describe('decades and centuries as a reader counts them', () => {
  it('reads one decade as ten years', () => {
    expect(spans('Ines Darrow has chaired the harbour board for a decade.')).toEqual(['10 years']);
  });

  it('reads one century as a hundred years', () => {
    expect(spans('The ferry company has run the crossing for a century.')).toEqual(['100 years']);
  });

  it('keeps several decades as the text counts them', () => {
    expect(spans('The mill stood empty for three decades before the council bought it.')).toEqual(['3 decades']);
  });

  it('leaves other units as they were', () => {
    expect(spans('The strike lasted six weeks.')).toEqual(['6 weeks']);
  });
});
