import { describe, expect, it } from 'vitest';
import type { TypedValue, ValueType } from '../../src/model/records.js';
import { isExpectedValue, sameName } from './question-set.js';

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

describe('the question-set judge holds a list to the rule a single name is held to', () => {
  const value = (type: ValueType, text: string): TypedValue => ({ type, text, start: 0, end: text.length, normalized: text });
  const list = (...items: string[]): TypedValue => ({ ...value('person', items.join(', ')), items: items.map((i) => value('person', i)) });

  it('accepts list items given with a middle initial or a leading "the"', () => {
    expect(isExpectedValue({ items: ['Robert Reich', 'Associated Press'] }, list('the Associated Press', 'Robert B. Reich'))).toBe(true);
  });

  it('accepts a place item with its state after it', () => {
    expect(isExpectedValue({ items: ['Toledo', 'Dayton'] }, list('Dayton', 'Toledo, Ohio'))).toBe(true);
  });

  it('rejects a list with an item missing, an item too many or the same item twice', () => {
    expect(isExpectedValue({ items: ['Robert Reich', 'Dana Whitfield'] }, list('Robert Reich'))).toBe(false);
    expect(isExpectedValue({ items: ['Robert Reich'] }, list('Robert Reich', 'Dana Whitfield'))).toBe(false);
    expect(isExpectedValue({ items: ['Robert Reich', 'Dana Whitfield'] }, list('Robert Reich', 'Robert B. Reich'))).toBe(false);
  });

  it('still rejects a first name the expected item leaves out, as a single name does', () => {
    expect(isExpectedValue({ items: ['Whitfield', 'Reich'] }, list('Dana Whitfield', 'Reich'))).toBe(false);
    expect(sameName('Whitfield', 'Dana Whitfield')).toBe(false);
  });
});
