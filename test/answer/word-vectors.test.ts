import { describe, expect, it } from 'vitest';
import { pickTable } from '../../src/cli/build-word-vectors.js';
import { DIMENSIONS, decodeTable, encodeTable, wordVectors } from '../../src/answer/word-vectors.js';

/** A vector pointing mostly along dimension `d`, a little along `e`. */
function along(d: number, e = d, lean = 0): number[] {
  const v = new Array<number>(DIMENSIONS).fill(0);
  v[d] = 1;
  v[e] += lean;
  return v;
}

const embeddings = {
  dimensions: DIMENSIONS,
  words: ['the', ',', 'ferry', 'Harbour', 'boat', 'e-mail', 'vessel', 'budget'],
  vectors: {
    the: along(9),
    ',': along(8),
    ferry: along(0, 1, 0.2),
    Harbour: along(0),
    boat: along(0, 1, 0.3),
    'e-mail': along(5),
    vessel: along(0, 2, 0.9),
    budget: along(3),
  },
};

describe('the word-vector table', () => {
  const { words, vectors } = pickTable(embeddings);
  const table = decodeTable(encodeTable(words, vectors));

  it('keeps plain lower-case words, most frequent first', () => {
    expect(words).toEqual(['the', 'ferry', 'boat', 'vessel', 'budget']);
  });

  it('gives the closest words first, above the least similarity asked, at most as many as asked', () => {
    expect(table.nearest('ferry', 5, 0.5).map((n) => n.word)).toEqual(['boat', 'vessel']);
    expect(table.nearest('ferry', 1, 0.5).map((n) => n.word)).toEqual(['boat']);
    expect(table.nearest('ferry', 5, 0.9).map((n) => n.word)).toEqual(['boat']);
  });

  it('reads similarity as the cosine, at one byte a dimension', () => {
    expect(table.similarity('ferry', 'ferry')).toBeCloseTo(1, 1);
    expect(table.similarity('ferry', 'budget')).toBeCloseTo(0, 2);
    expect(table.similarity('ferry', 'harbour')).toBeNull();
  });

  it('has nothing near a word it does not hold', () => {
    expect(table.nearest('zeppelin', 5, 0)).toEqual([]);
  });

  it('refuses a table cut short or of another format', () => {
    const bytes = encodeTable(words, vectors);
    expect(() => decodeTable(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    expect(() => decodeTable(Buffer.from('{"format":"something else"}\nthe\n'))).toThrow(/not a word-vector table/);
  });
});

describe('the installed table (built by npm install)', () => {
  it('holds the words news uses, with rents near landlords and tenants', () => {
    const installed = wordVectors();
    expect(installed?.size).toBeGreaterThanOrEqual(40_000);
    const near = installed?.nearest('rents', 30, 0.5).map((n) => n.word) ?? [];
    expect(near).toEqual(expect.arrayContaining(['landlords', 'tenants']));
  });
});
