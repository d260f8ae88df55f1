/**
 * A date without a year is read the way its story means it: a weekday opening a sentence takes the
 * tense of the clause it opens, a past verb outweighs a "next" told of something else, a plan told
 * in the past is no future, and a day told without its year goes on in the year the story is about
 * (invented texts; the article is published on Friday, 10 June 2016).
 */
import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

const PUBLISHED = '2016-06-10';

/** `text=normalized` of each date the fact extractor reads in `text`. */
function dates(text: string): string[] {
  return factValues(`Headline\n\n${text}`, PUBLISHED)
    .filter((v) => v.type === 'date')
    .map((v) => `${v.text}=${v.normalized}`);
}

describe('a weekday opening its sentence', () => {
  it('is the coming one when the clause it opens looks ahead, past an aside', () => {
    expect(dates('On Tuesday, the harbour board—which had resisted the plan for years— will vote on the new moorings.')).toEqual(['Tuesday=2016-06-14']);
  });

  it('is the last one when the clause it opens is past, past an aside with a verb of its own', () => {
    expect(dates('On Monday, after thanking the volunteers, the warden closed the boathouse.')).toEqual(['Monday=2016-06-06']);
  });

  it('takes no tense from a noun the tagger reads as a verb', () => {
    expect(dates('On Monday night, at the quay, the Ostrava campaign office shut its doors.')).toEqual(['Monday night=2016-06-06']);
  });
});

describe('the verb a weekday is the time of', () => {
  it('puts it in the past when past, though "next" tells of something else in its clause', () => {
    expect(dates("Buoyed by polls for next week's ballot the union leader voiced hope on Tuesday of a quick deal.")).toEqual(['Tuesday=2016-06-07']);
  });

  it('puts it ahead after "is likely to"', () => {
    expect(dates('Ferries are likely to run again on Tuesday, the operator said.')).toEqual(['Tuesday=2016-06-14']);
  });

  it('keeps the nearest for a plan told in the past', () => {
    expect(dates('The warden was scheduled to open the boathouse on Thursday, but the storm kept it shut.')).toEqual(['Thursday=2016-06-09']);
  });

  it('is a past verb before a noun the tagger reads as a verb', () => {
    expect(dates('The treasurer referred to the deficit at a hearing on Monday with the wardens.')).toEqual(['Monday=2016-06-06']);
    expect(dates('The memo, sent to wardens on Monday and read aloud, asks for calm.')).toEqual(['Monday=2016-06-06']);
  });

  it("keeps the article's own day for something ahead of it", () => {
    expect(dates('The harbour bids will close at midnight Friday.')).toEqual(['midnight Friday=2016-06-10']);
  });
});

describe('the year a day without one is told in', () => {
  it('is the one the sentence names before "that year"', () => {
    expect(dates('The bridge opened in May 2011 and was closed for repairs in October of that year.')).toEqual([
      'May 2011=2011-05',
      'October of that year=2011-10',
    ]);
  });

  it('is the year of the date just told, when what follows is past and later in that year', () => {
    const text = 'The aide wrote the memo on June 10, 2009.\n\nIt urged a speech on the harbour.\n\nThe governor delivered the speech on July 15.';
    expect(dates(text)).toEqual(['June 10, 2009=2009-06-10', 'July 15=2009-07-15']);
  });

  it("is the article's for a saying, and for a date told from now", () => {
    expect(dates('The aide wrote the memo on June 10, 2009.\n\nThe governor said in April that the harbour needs dredging.')).toEqual([
      'June 10, 2009=2009-06-10',
      'April=2016-04',
    ]);
    expect(dates('The aide wrote the memo on June 10, 2009.\n\nThe governor signed the levy last November.')).toEqual([
      'June 10, 2009=2009-06-10',
      'November=2015-11',
    ]);
  });
});
