/**
 * Issue 13, recall: a reader names the kind asked by its short form ("what org", "which vp",
 * "which australian pm"); the short form names the kind its words do, so the question asks for a
 * name of that kind instead of a passage holding "org" (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'budget.txt': ` date 2024-10-03

Velmar budget draws fire from both sides

"The numbers simply do not add up," said Corwin Apsley, an analyst at the Halden Institute for Fiscal Studies.
`,
});

describe('a short form naming the kind asked (issue 13)', () => {
  it('reads the kind of the words a short form stands for', () => {
    expect(analyseQuestion('what org is corwin apsley with').wants).toEqual({ types: ['organization'] });
    expect(analyseQuestion('which vp spoke first').wants).toEqual({ types: ['person'] });
  });

  it('answers with the name of that kind', () => {
    expect(askedValue(index(), 'what org is corwin apsley with')).toBe('Halden Institute for Fiscal Studies');
  });
});
