import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

function figures(text: string): string[] {
  return valuesOfKinds(text, ['duration', 'number', 'age']);
}

describe('a count of a unit of time however the unit is written', () => {
  it('reads "30-second" as a span, though "second" could be an ordinal', () => {
    expect(figures('The 30-second spot shows the mayor on the quay.')).toEqual(['duration:30 seconds']);
  });

  it('reads "six seconds" as a span, not a fraction', () => {
    expect(figures('The handshake lasts about six seconds.')).toEqual(['duration:6 seconds']);
  });

  it('reads a possessive unit as a span', () => {
    expect(figures('The clerk was given two years’ probation for the leak.')).toEqual(['duration:2 years']);
  });

  it('leaves an ordinal "second" alone', () => {
    expect(figures('The mayor won a second term with 5,200 votes.')).toEqual(['number:5200']);
  });

  it('still reads an age', () => {
    expect(figures('A 45-year-old ferry pilot was hurt.')).toEqual(['age:45']);
  });
});
