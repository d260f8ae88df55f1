/** Issue 13, recall: words a casual reader types that the article's sentence never uses. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { lemma } from '../../src/nlp/lemma.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'bridge.txt': ` date 2024-09-12

Old Millbrook bridge to close for repairs

The Millbrook toll bridge opened in 1962 and carried about 9,000 cars a day before the flood.

Tolls on the bridge will rise 15 percent in January, the county transit board said.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};
const termOf = (q: string, term: string) => analyseQuestion(q).focus.find((f) => f.term === term);

describe('/ask: casual short forms are spelled out before the question is read (issue 13)', () => {
  it('reads "what yr" as asking for a year, as "what year" does', () => {
    const q = analyseQuestion('what yr did the millbrook bridge open');
    expect(q.wants).toEqual(analyseQuestion('what year did the millbrook bridge open').wants);
    expect(q.focus.some((f) => f.term === 'yr')).toBe(false);
  });

  it('answers the year asked with "yr"', () => {
    expect(answer('what yr did the toll bridge open')).toBe('1962');
  });

  it('reads "pct" as the percent the article writes', () => {
    expect(answer('how many pct will tolls rise')).toBe(15);
  });
});

describe('/ask: words that add nothing the sentence must repeat (issue 13)', () => {
  it('makes a hedge like "supposedly" optional', () => {
    expect(termOf('what does the transit board supposedly want', 'supposedly')?.weak).toBe(true);
  });

  it('makes "back" optional when it only points to a time ("back in March")', () => {
    expect(termOf('what did the board say back in march', 'back')?.weak).toBe(true);
  });

  it('keeps "back" a word the sentence must use when it is the verb ("back the plan")', () => {
    expect(termOf('did the county back the toll plan', 'back')?.weak).toBe(false);
  });
});

describe('lemma of a present verb ending in "ss" (issue 13)', () => {
  it('keeps "pass" whole instead of stripping an "s" it does not have', () => {
    expect(lemma({ normal: 'pass', text: 'pass', tags: ['Verb', 'PresentTense'] })).toBe('pass');
  });

  it('still strips the third-person "s" of other present verbs', () => {
    expect(lemma({ normal: 'passes', text: 'passes', tags: ['Verb', 'PresentTense'] })).toBe('pass');
  });
});
