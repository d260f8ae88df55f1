/** Dates read whole and in the right direction (invented texts). */
import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/model/records.js';
import { factValues } from './facts-helpers.js';

/** The date the fact extractor reads for `said` in one sentence of an article published on `published`. */
function dateOf(sentence: string, published: string, said: string): TypedValue['normalized'] | undefined {
  return factValues(`Headline\n\n${sentence}`, published).find((v) => v.type === 'date' && v.text === said)?.normalized;
}

describe('dates read whole and in the right direction', () => {
  it('reads "next year" right after a date without its year', () => {
    expect(dateOf('If elected, she would serve from January 20 next year.', '2016-05-16', 'January 20 next year')).toBe('2017-01-20');
  });

  it('reads "back in" and "since" with a gerund as the past', () => {
    expect(dateOf('The guild won the votes of most dock workers in the county way back in October, but many disagreed.', '2016-06-10', 'October')).toBe(
      '2015-10',
    );
    expect(dateOf('Since announcing in October that he would retire, Mr. Abel has been loyal.', '2016-08-17', 'October')).toBe('2015-10');
  });

  it('reads a month before a comma and a count as the month alone', () => {
    expect(dateOf('In May, 3,200 people marched to the harbour.', '2016-06-10', 'May')).toBe('2016-05');
  });

  it('gives a clause without a verb the tense of the clause before it', () => {
    expect(dateOf('Turnout fell to 40 percent, from 54 percent in July.', '2016-05-16', 'July')).toBe('2015-07');
  });

  it('reads an aside without a verb after an opener without one as the nearest date', () => {
    expect(dateOf('With the deadline for bids just weeks away, Sept. 14, the quick move was meant to deter rivals.', '2016-08-26', 'Sept. 14')).toBe(
      '2016-09-14',
    );
  });

  it('does not read a supposed past ("if he won") as the past', () => {
    expect(dateOf('He was asked how ties would fare if he won the harbour vote on Nov. 8.', '2016-05-16', 'Nov. 8')).toBe('2016-11-08');
  });
});
