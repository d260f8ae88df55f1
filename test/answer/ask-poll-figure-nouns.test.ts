/**
 * Issue 13, recall: a reader asks for a poll's figures by a sign or a noun: "what % backed the levy",
 * "whats the mayors approval rating", "whats the margin of error", "whats the delegate total". The
 * sign is read as the word "percent", and the noun names the kind of value asked (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'poll.txt': ` date 2024-10-03

Levy leads in new Velland poll

A Harbor College poll released Wednesday found that 58 percent of likely voters back the transit levy.

Mayor Ana Ruiz's approval rating stands at 47 percent, the poll found.

The survey of 600 likely voters has a margin of error of 4 percentage points.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('poll figures asked by sign or noun', () => {
  it('reads "%" as "percent"', () => {
    expect(analyseQuestion('what % back the levy').wants).toEqual({ types: ['percent'] });
  });

  it('reads "total" and "count" as asking for a number', () => {
    expect(analyseQuestion('whats the delegate total for lund').wants).toEqual({ types: ['number'] });
  });

  it('answers "what %" with the share', () => {
    expect(answerTo('what % of likely voters back the transit levy')).toBe(58);
  });

  it('answers an approval rating with its percentage', () => {
    expect(answerTo('whats ruizs approval rating')).toBe(47);
  });
});
