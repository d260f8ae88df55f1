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

describe('an age set after a name, as news writes it', () => {
  it('reads "Name, then 35" as the age they had then, at the end of the sentence too', () => {
    expect(figures('The ferry line hired Ms. Corrigan, then 35.')).toEqual(['age:35']);
  });

  it('reads "Name, now 61," as an age', () => {
    expect(figures('Tomas Ekwueme, now 61, still rows to the island each spring.')).toEqual(['age:61']);
  });

  it('reads the common misspelling "29-years-old" as an age', () => {
    expect(figures('In 1998 Ekwueme, then 29-years-old, took over the harbour board.')).toContain('age:29');
  });

  it('leaves a count after a name and a comma alone when no comma or sentence end follows it', () => {
    expect(figures('Corrigan, 40 boats and the harbour board signed the pact.')).not.toContain('age:40');
  });
});
