/**
 * A date without a year is the time of what its clause reports: a weekday or a month-and-day that
 * a past-tense verb is about lies before the article's date, even when chrono's nearest one lies
 * after it; a date attached to something still ahead keeps the nearest (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

/** `text=normalized` of each date, the article published on a Friday, 10 June 2016. */
function dates(text: string): string[] {
  return factValues(`Headline\n\n${text}`, '2016-06-10')
    .filter((v) => v.type === 'date')
    .map((v) => `${v.text}=${v.normalized}`);
}

describe('dates told in the past', () => {
  it('puts a weekday a past-tense verb is about in the week before', () => {
    expect(dates('The harbour board suspended her mooring permit on Sunday; no reason was given.')).toEqual(['Sunday=2016-06-05']);
    expect(dates('Ostrava aired her doubts during a Sunday night call with the wardens.')).toEqual(['Sunday night=2016-06-05']);
  });

  it('dates an opener without a verb by the clause it opens', () => {
    expect(dates('Late Sunday night, the town lifted a curfew.')).toEqual(['Sunday night=2016-06-05']);
  });

  it('puts a month a past-tense verb is about in the year before', () => {
    expect(dates('Two of its surveyors were hired in August as advisers.')).toEqual(['August=2015-08']);
    expect(dates('The levy was thrown into doubt on Nov. 9 when the court ruled.')).toEqual(['Nov. 9=2015-11-09']);
    expect(dates('Last September, when the boathouse was hit by vandals, the wardens met.')).toEqual(['September=2015-09']);
  });

  it('keeps the nearest date when it is still ahead of the verb or no verb is past', () => {
    expect(dates('The Brackwater primary is Sunday, officials said.')).toEqual(['Sunday=2016-06-12']);
    expect(dates('Ostrava vowed to stay in the race through the primary on Sunday.')).toEqual(['Sunday=2016-06-12']);
    expect(dates('The wardens signalled that they are bracing for a fight at the hearing Sunday night.')).toEqual(['Sunday night=2016-06-12']);
    expect(dates('The ballots are tallied Aug. 2 in every ward.')).toEqual(['Aug. 2=2016-08-02']);
    expect(dates('The mayor campaigned hard ahead of the Aug. 2 vote.')).toEqual(['Aug. 2=2016-08-02']);
  });
});

describe('dates told ahead', () => {
  it('puts a month-and-day a present-tense verb is about, in a sentence that looks ahead, in the year to come', () => {
    expect(dates('Once the levy takes effect on Jan. 3, ferry fares will rise.')).toEqual(['Jan. 3=2017-01-03']);
  });

  it('keeps the nearest date for a reporting verb, and when nothing in the sentence looks ahead', () => {
    expect(dates('The warden says on Jan. 3 the ferry will be late.')).toEqual(['Jan. 3=2016-01-03']);
    expect(dates('The levy takes its name from a vote on Jan. 3, wardens say.')).toEqual(['Jan. 3=2016-01-03']);
  });
});

describe('a date whose year is told relative to the article', () => {
  it('reads "June 16th of last year" in the year before the article', () => {
    expect(dates('The wardens first met on June 16th of last year in the boathouse.')).toEqual(['June 16th of last year=2015-06-16']);
  });

  it('reads "March 3 of next year" in the year after it', () => {
    expect(dates('The ferry will stop running on March 3 of next year, the board said.')).toEqual(['March 3 of next year=2017-03-03']);
  });
});

describe('verbs whose past is spelt as their present', () => {
  it('read as past after a singular subject, the weekday in the week before', () => {
    expect(dates('The town lifted a curfew it put in place Sunday after two nights of unrest.')).toEqual(['Sunday=2016-06-05']);
    expect(dates('The harbour board set the mooring fee Sunday.')).toEqual(['Sunday=2016-06-05']);
  });

  it('stay present after a plural subject or "to"', () => {
    expect(dates('The wardens plan to set the fee Sunday.')).toEqual(['Sunday=2016-06-12']);
  });
});

describe('a weekday with a time of day', () => {
  it('is the article’s own day when the article is dated that weekday', () => {
    // The article of dates() is a Friday: "Friday evening" lies after its noon, yet on its day.
    expect(dates('Ostrava emailed the wardens on Friday evening.')).toEqual(['Friday evening=2016-06-10']);
    expect(dates('Ostrava emailed the wardens on Friday.')).toEqual(['Friday=2016-06-10']);
  });

  it('is the article’s own day for something still ahead, not the week after', () => {
    expect(dates('The ferry office opens Friday morning, and it will stay open late.')).toEqual(['Friday morning=2016-06-10']);
  });
});
