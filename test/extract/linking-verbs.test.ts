import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a few quoted words after a named subject and its verb, with no verb of speaking', () => {
  it('are nobody’s words when the verb only links the subject to what it is', () => {
    const text = ['Harbor Pilots.', 'Tom Vale became the first harbor pilot to sell a “dock pass” online.'].join('\n\n');
    expect(quotesOf(text).quotes.some((q) => q.text.includes('dock pass'))).toBe(false);
  });

  it('stay the subject’s when the verb says something about them', () => {
    const text = ['Harbor Pilots.', 'Tom Vale likened the new fee to a “dock tax” on every pilot.'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'dock tax').speaker).toBe('Tom Vale');
  });
});
