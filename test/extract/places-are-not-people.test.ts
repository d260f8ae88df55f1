import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('places the tagger knows as first names', () => {
  it('does not take "a Virginia resident" for a man that "he" could refer to', () => {
    const text =
      'Daniel Whitaker, a campaign consultant and radio host, is a Virginia resident who crossed party lines. "If the vote had come first, nobody would have won," he said.';
    expect(quote(quotesOf(text).quotes, 'If the vote').speaker).toBe('Daniel Whitaker');
  });

  it('does not take a place after "in" for a person', () => {
    const text = 'Marcus Oduya has run a bakery for years and now lives in Northern Virginia. "We moved for the schools," he said.';
    const { quotes, entities } = quotesOf(text);
    expect(quote(quotes, 'We moved').speaker).toBe('Marcus Oduya');
    expect(entities.map((e) => e.name)).not.toContain('Northern Virginia');
  });
});
