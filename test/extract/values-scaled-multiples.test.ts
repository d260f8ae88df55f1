/**
 * A bare multiple is scaled by the words before it: "half a million" is 500,000, not a million;
 * "a quarter million" is 250,000; "a million" is one million (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

function numbers(text: string): Array<[string, unknown]> {
  return factValues(`Headline\n\n${text}`, '2016-06-10')
    .filter((v) => v.type === 'number')
    .map((v) => [v.text, v.normalized]);
}

describe('a bare multiple', () => {
  it('is halved by "half a" and quartered by "a quarter"', () => {
    expect(numbers('The ferry carried half a million riders last year.')).toEqual([['half a million', 500000]]);
    expect(numbers('Brackwell has a quarter million residents.')).toEqual([['a quarter million', 250000]]);
  });

  it('is one of its kind after "a"', () => {
    expect(numbers('A million riders used the ferry.')).toEqual([['A million', 1000000]]);
  });
});
