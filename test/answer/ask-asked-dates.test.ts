/**
 * Issue 13, recall: a date a question gives is the occasion it asks about, and articles seldom say
 * it the way a reader types it: a live blog dated the day after the vote says "Tuesday", a recap
 * "in January" of the year it reports. A sentence whose date resolves to the asked one states it
 * (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedDates } from '../../src/answer/question-dates.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'primary-night.txt': ` date 2024-03-06

Harbor primary night: live updates

Dana Vale picked up all 58 delegates in the Harbor County primary on Tuesday, her campaign said.

Across the state, turnout was lower than in the fall.
`,
  'fundraising.txt': ` date 2024-02-02

Vale posts record month

Dana Vale's campaign said it raised $4.2 million in January, most of it from small donors.
`,
});

describe('a date the question gives', () => {
  it('is stated by a sentence dated "Tuesday" of that week', () => {
    expect(askedValue(index(), 'how many delegates did dana vale pick up on march 5')).toBe(58);
  });

  it('is stated by a sentence giving its month in the year the article reports', () => {
    expect(askedValue(index(), 'how much did dana vale raise in january 2024')).toBe('USD 4200000');
  });

  it('is not stated by a sentence dated otherwise', () => {
    expect(askedValue(index(), 'how much did dana vale raise in january 2023')).toBeNull();
  });

  it('reads a month with its day or year, and a year alone, but not a month alone', () => {
    const read = (q: string) => askedDates(q).map(({ year, month, day, anchor }) => ({ year, month, day, anchor }));
    expect(read('how many votes on march 5')).toEqual([{ year: undefined, month: 3, day: 5, anchor: false }]);
    expect(read('what did she raise in january 2016')).toEqual([{ year: 2016, month: 1, day: undefined, anchor: false }]);
    expect(read('who won since 2012')).toEqual([{ year: 2012, month: undefined, day: undefined, anchor: true }]);
    expect(read('what may happen in march')).toEqual([]);
  });
});
