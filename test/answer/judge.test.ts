import { describe, expect, it } from 'vitest';
import { sameName } from './question-set.js';

describe('the question-set judge compares names by what they name', () => {
  it('accepts a middle initial the expected form leaves out', () => {
    expect(sameName('Robert Reich', 'Robert B. Reich')).toBe(true);
  });

  it('accepts a leading "the" and curly apostrophes', () => {
    expect(sameName('Associated Press', 'the Associated Press')).toBe(true);
    expect(sameName('James O’Neill', "James O'Neill")).toBe(true);
  });

  it('accepts the state after a place', () => {
    expect(sameName('Toledo', 'Toledo, Ohio')).toBe(true);
  });

  it('rejects another person, the state alone and a dropped apostrophe', () => {
    expect(sameName('Robert Reich', 'Robert Rubin')).toBe(false);
    expect(sameName('Toledo', 'Ohio')).toBe(false);
    expect(sameName('James O’Neill', 'James ONeill')).toBe(false);
  });

  it('never applies to amounts, numbers or dates', () => {
    expect(sameName('USD 5000', 'USD 5000, USD 6000')).toBe(false);
    expect(sameName(2016, '2016')).toBe(false);
    expect(sameName('2016-09-26', '2016-09-26, 2016')).toBe(false);
  });
});
