import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';
import type { TypedValue } from '../../src/model/records.js';

function values(text: string): string[] {
  return valuesOfKinds(text, NOT_NAMES);
}

const NOT_NAMES: TypedValue['type'][] = ['number', 'percent', 'money', 'date', 'duration', 'age'];

describe('amounts in cents and ranges of percentages', () => {
  it('reads cents as hundredths of a dollar', () => {
    expect(values('Riders paid 57 cents a trip on the harbour ferry.')).toEqual(['money:USD 0.57']);
  });

  it('reads both ends of a percentage range as percentages', () => {
    expect(values('Support for the levy rose to between 40 and 45 percent.')).toEqual(['percent:40', 'percent:45']);
    expect(values('Turnout was 30 to 35% in the harbour wards.')).toEqual(['percent:30', 'percent:35']);
  });

  it('leaves a score between two counts as counts', () => {
    expect(values('The council voted 5 to 4 against the levy.')).toEqual(['number:5', 'number:4']);
  });
});
