import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

/** `type:normalized` of the figures read in `text`, with the words bound to each age. */
function figures(text: string): string[] {
  return factValues(text)
    .filter((v) => v.type === 'age' || v.type === 'number')
    .map((v) => (v.type === 'age' ? `age:${v.normalized} (${(v.context ?? []).join(' ')})` : `number:${v.normalized}`));
}

describe('extractFacts: a bare figure a named person is, is their age', () => {
  it('reads "X is N", "X will be N" ending the clause as X\'s age', () => {
    expect(figures('Ana Ruiz is 45.')).toEqual(['age:45 (ana ruiz)']);
    expect(figures('By the next term, Justice Velland will be 78, and Justice Orrin will be 80.')).toEqual([
      'age:78 (justice be velland)',
      'age:80 (justice be orrin)',
    ]);
  });

  it('reads "X, who is N," as X\'s age wherever X stands', () => {
    expect(figures('Critics questioned the health of Dan Pikett, who is 70.')).toEqual(['age:70 (of dan pikett)']);
  });

  it('reads "X, now N and …" as X\'s age', () => {
    expect(figures('Mr. Lundqvist, now 81 and retired in Tulsa, said so.')).toEqual(['age:81 (lundqvist)']);
  });

  it('leaves a figure that goes on, or one said of something else, a number', () => {
    expect(figures('Ana Ruiz is 45 points ahead.')).toEqual(['number:45']);
    expect(figures('Support for Ana Ruiz was 45.')).toEqual(['number:45']);
    expect(figures('The team beat Ana Ruiz, 12 and 3 the last two seasons.')).not.toContain('age:12 (ana ruiz)');
  });
});
