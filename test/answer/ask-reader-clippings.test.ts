/**
 * Issue 13, recall: a reader's clippings and informal spellings read as the words the article
 * writes ("which mag" for a magazine, "which vc" for a venture capitalist, "tech" for technology,
 * "frat" for fraternity, "2nd" for "second", "w" for "with"), in retrieval and in the sentence
 * match alike. Precision: a clipping stands for its words only, never for a longer word it begins
 * ("tech" is no "technique"), and "w" after a first name stays the middle initial (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/ask/analyse.js';
import { bestMatch } from '../../src/answer/match.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { spellOut } from '../../src/nlp/casual.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'levy.txt': ` date 2024-03-11

Investor backs Marrow Bay library levy

The venture capitalist Dario Pelletone said on Tuesday that he would give $40,000 to the campaign for the Marrow Bay library levy.

Pelletone lost a second bid for the harbor board in 2019, when he finished behind Ada Kwell.
`,
  'pottery.txt': ` date 2024-03-12

Glaze technique draws crowd in Tollan

A glaze technique from the Ostry valley drew 300 visitors to the Tollan pottery fair on Saturday, organiser Mina Fauld said.
`,
});

const term = (q: string, word: string) => {
  const found = analyse(index(), q).focus.find((f) => f.term === word);
  if (!found) throw new Error(`no focus term "${word}" in "${q}"`);
  return found;
};

describe("/ask: a reader's clippings name the kind asked", () => {
  it('reads "which mag" as asking for a magazine and "which vc" for a person', () => {
    expect(analyseQuestion('which mag did ottoline brask write for').wants).toEqual({ types: ['organization'] });
    expect(analyseQuestion('which vc said he would back the levy').wants).toEqual({ types: ['person'] });
  });

  it('answers "which vc" with the venture capitalist the article names', () => {
    expect(askedValue(index(), 'which vc said he would give money to the library levy')).toBe('Dario Pelletone');
  });
});

describe("/ask: a reader's clippings match the words the sentence writes", () => {
  it('matches "tech" to "technology" and "frat" to "fraternity"', () => {
    expect(bestMatch(term('which tech firm did she sell', 'tech'), ['technology'])).toBeGreaterThan(0);
    expect(bestMatch(term('what frat did he join', 'frat'), ['fraternity'])).toBeGreaterThan(0);
  });

  it('does not match "tech" to a longer word it begins ("technique")', () => {
    expect(bestMatch(term('which tech drew visitors to the pottery fair', 'tech'), ['technique'])).toBe(0);
  });

  it('reads a figure ordinal as its word and the word as its figure ("2nd", "third")', () => {
    expect(bestMatch(term('who beat pelletone in his 2nd harbor board bid', '2nd'), ['second'])).toBeGreaterThan(0);
    expect(bestMatch(term('who won the third district', 'third'), ['3rd'])).toBeGreaterThan(0);
    expect(askedValue(index(), 'who did pelletone finish behind in his 2nd harbor board bid')).toBe('Ada Kwell');
  });
});

describe('/ask: "w" and glued clippings spelled out before the question is read', () => {
  it('reads a lone "w" or "w/" as "with", but not after a first name', () => {
    expect(spellOut('did she meet w the mayor')).toBe('did she meet with the mayor');
    expect(spellOut('did she meet w/the mayor')).toBe('did she meet with the mayor');
    expect(spellOut('what did george w say')).toBe('what did george w say');
  });

  it('spells out a clipping that holds a figure ("b4")', () => {
    expect(spellOut('what did she do b4 the vote')).toBe('what did she do before the vote');
  });
});
