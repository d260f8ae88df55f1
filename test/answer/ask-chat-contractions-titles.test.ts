/**
 * Issue 13, recall: chat spellings of negated verbs ("havent", "wont", "dont") are their two words,
 * so "which governors havent endorsed lund" still reads "governors" as the kind asked; a title the
 * tagger knows ("reps", "prof") names a kind of person after "which" (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';

describe('chat contractions and titles in "which" questions', () => {
  it('reads "havent" as "have not", leaving the kind noun before it', () => {
    expect(analyseQuestion('which velland governors havent endorsed lund').wants).toEqual({ types: ['person'] });
  });

  it('reads a title as a kind of person', () => {
    expect(analyseQuestion('which ohio reps have backed the levy').wants).toEqual({ types: ['person'] });
  });
});
