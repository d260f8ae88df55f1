/** A bare month or weekday takes its direction from its clause's tense (invented texts). */
import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/model/records.js';
import { factValues } from './facts-helpers.js';

/** The date the fact extractor reads for `said` in one sentence of an article published on `published`. */
function dateOf(sentence: string, published: string, said: string): TypedValue['normalized'] | undefined {
  return factValues(`Headline\n\n${sentence}`, published).find((v) => v.type === 'date' && v.text === said)?.normalized;
}

describe('dates of past events', () => {
  it('reads a gerund in the tense of its clause', () => {
    expect(dateOf('Ostrander repeated the claim while testifying before the zoning board in October.', '2016-07-20', 'October')).toBe('2015-10');
    expect(dateOf('The terms were settled beginning on Sunday in talks at the harbour office.', '2016-08-18', 'Sunday')).toBe('2016-08-14');
    expect(dateOf('The co-op is planning to run radio spots starting Dec. 26.', '2015-12-24', 'Dec. 26')).toBe('2015-12-26');
  });

  it('lets a past verb reach a date further on in its clause', () => {
    expect(dateOf('Marta Vollen made these allegations to a panel of state legislators in February.', '2015-11-20', 'February')).toBe('2015-02');
    expect(dateOf('The growers hired pickers from villages along the edge of the valley in August.', '2016-05-02', 'August')).toBe('2015-08');
  });

  it('keeps a date meant for later ahead of a past verb', () => {
    expect(dateOf('Most of the $3 million in radio time booked for December comes from the guild.', '2015-11-27', 'December')).toBe('2015-12');
    expect(dateOf('The nominee for the Nov. 8 vote later said he was joking.', '2016-07-31', 'Nov. 8')).toBe('2016-11-08');
  });

  it('reads a date before the verb of its clause in that verb’s tense', () => {
    expect(dateOf('The Feb. 13 collapse of the Larkin Street bridge left the ferry as the only link.', '2016-09-27', 'Feb. 13')).toBe('2016-02-13');
  });

  it('counts back from a date after "since"', () => {
    expect(dateOf('The shelter has taken in 1,214 dogs since January 1.', '2016-09-29', 'January 1')).toBe('2016-01-01');
    expect(dateOf('Mayor Okafor will speak after a run of good news since their Oct. 13 debate.', '2015-11-13', 'Oct. 13')).toBe('2015-10-13');
  });
});
