import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('places the tagger knows as first names', () => {
  it('does not take "a Savannah resident" for a woman that "she" could refer to', () => {
    const text =
      'Margaret Whitcombe, a campaign consultant and radio host, is a Savannah resident who crossed party lines. "If the vote had come first, nobody would have won," she said.';
    expect(quote(quotesOf(text).quotes, 'If the vote').speaker).toBe('Margaret Whitcombe');
  });

  it('does not take a place after "in" for a person', () => {
    const text = 'Helen Oduya has run a bakery for years and now lives in Lower Charlotte. "We moved for the schools," she said.';
    const { quotes, entities } = quotesOf(text);
    expect(quote(quotes, 'We moved').speaker).toBe('Helen Oduya');
    expect(entities.map((e) => e.name)).not.toContain('Lower Charlotte');
  });
});
