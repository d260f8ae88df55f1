import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';
import type { TypedValue } from '../../src/model/records.js';

function values(text: string): string[] {
  return valuesOfKinds(text, NOT_NAMES);
}

const NOT_NAMES: TypedValue['type'][] = ['number', 'percent', 'money', 'date', 'duration', 'age'];

describe('numbers spelled out in two words', () => {
  it('reads a hyphenated tens-and-units number as one percentage', () => {
    expect(values('Sixty-four percent of the harbour wards backed the levy.')).toEqual(['percent:64']);
  });

  it('reads a hyphenated tens-and-units number as one count', () => {
    expect(values('Thirty-one volunteers cleared the towpath before noon.')).toEqual(['number:31']);
  });

  it('reads the two words written apart as one number too', () => {
    expect(values('Fifty two percent of the riders wanted later ferries.')).toEqual(['percent:52']);
  });

  it('keeps two numbers that merely stand side by side apart', () => {
    expect(values('The council voted seven to two, and twenty residents walked out.')).toEqual(['number:7', 'number:2', 'number:20']);
  });
});
