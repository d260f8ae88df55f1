/** Issue 13: multi-part names read whole — particles, double surnames, initials, "and" inside an institution's name (invented texts). */
import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

function names(text: string): string[] {
  return valuesOfKinds(text, ['person', 'place', 'organization']);
}

describe('the name reader keeps the particles inside a person’s name', () => {
  it('reads the particle and the surname after a given name as one name, and a titled "de" surname as that person', () => {
    expect(names('"We are watching closely," said Lotte de Wint, a lecturer at the University of Harrowfield. Later Ms. de Wint left the hall.')).toEqual([
      'person:Lotte de Wint',
      'organization:University of Harrowfield',
      'person:Lotte de Wint',
    ]);
  });

  it('reads a particle joined by a hyphen, and a bare surname after it is that person', () => {
    expect(names('The envoy met Karim al-Hassan on Monday. Aides said Hassan declined to comment.')).toEqual([
      'person:Karim al-Hassan',
      'person:Karim al-Hassan',
    ]);
  });

  it('takes a chain of particles', () => {
    expect(names('The motion was filed by Ada van der Kolk on Friday.')).toEqual(['person:Ada van der Kolk']);
  });

  it('leaves a lowercase word that is no particle alone', () => {
    expect(names('The motion was filed by Ada Kolk on Friday.')).toEqual(['person:Ada Kolk']);
  });
});

describe('the name reader keeps a third name word', () => {
  it('reads a known surname and an unknown word after it as a double surname', () => {
    expect(names('Rep. Debbie Wasserfeld Quint wrote the letter on Friday.')).toEqual(['person:Debbie Wasserfeld Quint']);
  });

  it('reads an initial, a given name and a surname as one name', () => {
    expect(names('The board hired T. Orvel Brandish as its counsel.')).toEqual(['person:T. Orvel Brandish']);
  });
});

describe('the name reader keeps "and" inside an institution’s name', () => {
  it('reads "Ways and Means"-like committees whole, their chamber included', () => {
    expect(names('On Tuesday, Lyle Danvers, chairman of the House Fields and Rivers Committee, said the vote would wait.')).toEqual([
      'person:Lyle Danvers',
      'organization:House Fields and Rivers Committee',
    ]);
  });
});
