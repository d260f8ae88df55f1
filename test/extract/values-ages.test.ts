import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

function figures(text: string): string[] {
  return valuesOfKinds(text, ['age', 'number', 'duration']);
}

describe('ages written as a birthday or as people of an age', () => {
  it('reads the ordinal of a birthday as an age', () => {
    expect(figures('Friends flew in for the ferry captain’s 65th birthday party.')).toEqual(['age:65']);
  });

  it('reads a spelled-out ordinal birthday too', () => {
    expect(figures('She marked her fortieth birthday on the quay.')).toEqual(['age:40']);
  });

  it('reads "year-olds" as the age of the people it names', () => {
    expect(figures('The harbour board hired 13-year-olds to sort the nets.')).toEqual(['age:13']);
  });

  it('leaves other ordinals alone', () => {
    expect(figures('It was the 65th meeting of the harbour board.')).toEqual([]);
  });
});
