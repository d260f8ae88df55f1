/**
 * Issue 13, recall: the word "one" in a question ("before this one", "on day one", "one of the
 * lines") stands for a thing, so a sentence that answers need not state the number 1.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { prepare } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'fair.txt': ` date 2024-06-03

Lanford braces for the harvest fair

Organisers expect 6,000 protesters in Lanford on the opening day of the harvest fair, police chief Tomas Reyes said.

The fair has drawn 40,000 visitors a year since 2015.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask: "one" is no number a sentence must state (issue 13)', () => {
  it('reads no number in "day one" or "this one", and keeps the digits and other number words', () => {
    expect(analyseQuestion('how many protesters are expected in lanford on day one').numbers).toEqual([]);
    expect(analyseQuestion('how many debates were there before this one').numbers).toEqual([]);
    expect(analyseQuestion('how many visitors came in 2015').numbers).toEqual([2015]);
    expect(analyseQuestion('which two towns host the fair').numbers).toEqual([2]);
  });

  it('hands on the sentences that do not say 1', () => {
    const prepared = prepare(index(), 'how many protesters are expected in lanford on day one of the fair');
    if ('command' in prepared) throw new Error('the question was answered before retrieval');
    expect(prepared.retrieved.records.some((r) => r.statement.includes('6,000 protesters'))).toBe(true);
  });
});
