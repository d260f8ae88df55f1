import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const dates = (text: string) => valuesOfKinds(text, ['date']);

describe('extractFacts: a year is no count of time units', () => {
  it('reads "in 2019 money" as the year 2019, not as a date 2019 months after the story', () => {
    expect(dates('The plan would cost the county $4 trillion in 2019 money, the budget office said.')).toEqual(['date:2019']);
  });

  it('still reads a year written before the unit it dates', () => {
    expect(dates('That is $5 billion in 2016 dollars.')).toEqual(['date:2016']);
  });
});
