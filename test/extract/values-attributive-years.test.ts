import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const figures = (text: string) => valuesOfKinds(text, ['date', 'number']);

describe('extractFacts: a year before the thing it dates is a date, not a count', () => {
  it('reads a year after an article, a possessive or a part of the year as a date', () => {
    expect(figures('In a 2014 interview with the Velland Courier, the mayor spoke.')).toEqual(['date:2014']);
    expect(figures('The mayor gave his 1963 speech on the dam.')).toEqual(['date:1963']);
    expect(figures('Online betting, which became legal in late 2013, kept growing.')).toEqual(['date:2013']);
  });

  it('reads the years of a list of years as dates', () => {
    expect(figures('Turnout fell from 2004, 2008 and 2012 to now.')).toEqual(['date:2004', 'date:2008', 'date:2012']);
  });

  it('leaves a count of the thing after it, or a figure after another count, a number', () => {
    expect(figures('He sent 2000 troops and 1500 tanks.')).toEqual(['number:2000', 'number:1500']);
    expect(figures('She won 1999 votes, 2001 more than him.')).toEqual(['number:1999', 'number:2001']);
  });
});
