import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../src/search/candidates.js';
import { TopK } from '../../src/search/topk.js';
import { queryTerms, tokenize } from '../../src/search/tokens.js';
import { editDistance } from '../../src/nlp/distance.js';

const docs = [
  'We will rebuild the harbour before the winter',
  'The council must review the payrolls at any cost',
  'Nobody here believes the tenants will pay higher rents',
  'Café owners said the rents are unworkable',
];
const index = TermIndex.of(docs.length, (i) => tokenize(docs[i]), true);
const top = (terms: string[], extra: { prefix?: 'last' | 'all' } = {}): number | undefined => index.candidates({ terms, limit: 5, ...extra })[0]?.doc;

describe('TermIndex', () => {
  it('ranks records sharing the rarest words first', () => {
    expect(top(['rents', 'unworkable'])).toBe(3);
    expect(top(['tenants', 'rents'])).toBe(2);
  });

  it('finds words with a typo: swapped, dropped or doubled letters', () => {
    expect(top(['reveiw', 'payrolls'])).toBe(1);
    expect(top(['harbor'])).toBe(0);
    expect(top(['believess'])).toBe(2);
  });

  it('completes the word being typed only when asked to', () => {
    expect(top(['harb'], { prefix: 'last' })).toBe(0);
    expect(top(['harb'])).toBeUndefined();
  });

  it('folds accents and case the same way for records and queries', () => {
    expect(tokenize('CAFÉ Owners')).toEqual(['cafe', 'owners']);
    expect(top(['cafe'])).toBe(3);
  });

  it('returns nothing for words it has never seen', () => {
    expect(index.candidates({ terms: ['zorblat', 'quenix'], limit: 5 })).toEqual([]);
  });

  it('moves records holding the words side by side up for phrases', () => {
    const ranked = index.candidates({ terms: ['rents'], limit: 5, phrase: { words: tokenize('pay higher rents'), keep: 1 } });
    expect(ranked.map((c) => c.doc)).toEqual([2]);
  });
});

describe('query words', () => {
  it('drops stop words unless nothing else is left', () => {
    expect(queryTerms('the council and the rents')).toEqual(['council', 'rents']);
    expect(queryTerms('we will')).toEqual(['we', 'will']);
  });

  it('measures edit distance with transpositions and gives up past the limit', () => {
    expect(editDistance('review', 'reveiw', 1)).toBe(1);
    expect(editDistance('harbour', 'harbor', 1)).toBe(1);
    expect(editDistance('council', 'tenants', 2)).toBe(3);
  });
});

describe('TopK', () => {
  it('keeps the k best, best first, ties in document order', () => {
    const k = new TopK(3);
    [
      [5, 1],
      [1, 3],
      [2, 3],
      [9, 0.5],
      [4, 2],
    ].forEach(([doc, score]) => k.offer(doc, score));
    expect(k.sorted()).toEqual([
      { doc: 1, score: 3 },
      { doc: 2, score: 3 },
      { doc: 4, score: 2 },
    ]);
  });
});
