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

describe('amounts in cents and ranges of percentages', () => {
  it('reads cents as hundredths of a dollar', () => {
    expect(values('Riders paid 57 cents a trip on the harbour ferry.')).toEqual(['money:USD 0.57']);
  });

  it('reads both ends of a percentage range as percentages', () => {
    expect(values('Support for the levy rose to between 40 and 45 percent.')).toEqual(['percent:40', 'percent:45']);
    expect(values('Turnout was 30 to 35% in the harbour wards.')).toEqual(['percent:30', 'percent:35']);
  });

  it('leaves a score between two counts as counts', () => {
    expect(values('The council voted 5 to 4 against the levy.')).toEqual(['number:5', 'number:4']);
  });
});
