/** "which <noun phrase>": the head the tagger misreads still names the kind of value asked (invented phrasings only). */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';

const wants = (q: string) => analyseQuestion(q).wants;

describe('the head of a "which" phrase the tagger misreads', () => {
  it('reads a person noun before a preposition WordNet also files as a noun', () => {
    expect(wants('which analyst at the harbor authority warned about the toll rise')).toEqual({ types: ['person'] });
  });

  it('reads an ordinal as a modifier before the head noun', () => {
    expect(wants('which ninth district judge wrote the dissent on the zoning appeal')).toEqual({ types: ['person'] });
  });

  it('reads a head the tagger took for an adjective right before the question verb', () => {
    expect(wants('which former rival endorsed the mayor last week')).toEqual({ types: ['person'] });
  });

  it('keeps a surname after a first name from being read as the head', () => {
    expect(wants('whats dana moody do for a living')).not.toEqual({ types: ['person'] });
  });

  it('ends the phrase at an owning pronoun the tagger read as a noun', () => {
    expect(wants('the governor told which radio host its a rigged count')).toEqual({ types: ['person'] });
  });

  it('reads a head the tagger took for a verb when WordNet knows it only as a noun', () => {
    expect(wants('which us ambassador emailed the minister about the port visit')).toEqual({ types: ['person'] });
  });
});
