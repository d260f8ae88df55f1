/**
 * Issue 13, recall: a reader asks in place of the answer ("Okonkwo was mayor of what town"), or
 * counts the names asked for in words ("which two rowers"). The noun after "what" says what kind
 * of value is wanted wherever the opening "what" stands, and a spelled-out number before the type
 * noun is a modifier like "which 7": read otherwise, such a question asked for a passage.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'okonkwo.txt': ` date 2024-05-20

Okonkwo enters the Velmar senate race

Adaeze Okonkwo, who served as mayor of Bergen before joining the cabinet, launched her campaign for the Velmar senate on Monday.

As a student Okonkwo rowed across the Serrin Strait on 11 separate crossings, a feat her campaign now features in its first advertisement.

The Bergen Rowing Club said its members had pledged 2,400 hours of volunteer work to the campaign.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask: the question word read where it stands (issue 13)', () => {
  it('reads "what X" after the first words as the asked kind', () => {
    expect(analyseQuestion('adaeze okonkwo was mayor of what town before the cabinet').wants).toEqual({ types: ['place'] });
    expect(analyseQuestion('okonkwo is president of what firm').wants).toEqual({ types: ['organization'] });
  });

  it('reads a spelled-out number before the type noun as a modifier, not a word the sentence must use', () => {
    const q = analyseQuestion('which two rowers joined okonkwo on the crossing');
    expect(q.wants).toEqual({ types: ['person'] });
    expect(q.focus.find((f) => f.term === 'two')?.weak).toBe(true);
    expect(q.numbers).toEqual([2]);
  });

  it('does not read "state" in "what state" as a verb of speech', () => {
    expect(analyseQuestion('okonkwo was a senator from what state').speech).toBe(false);
  });

  it('answers with the value the sentence states', () => {
    expect(askedValue(index(), 'okonkwo was mayor of what town before she joined the cabinet')).toBe('Bergen');
  });
});
