import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

describe('a quoted title said to be a work ("“X” is an AMC drama")', () => {
  const text = [
    'Harbor Notes.',
    'The mayor likes “Harbor Lights,” while the governor loves “Dock Days.” “Harbor Lights” is an AMC drama that follows a ferry crew.',
    '“We are done,” Vale said. “The plan is a drama we cannot afford.”',
  ].join('\n\n');
  const quotes = quotesOf(text).quotes;

  it('is a title, not words of whoever spoke last', () => {
    expect(quotes.filter((q) => q.text.startsWith('Harbor Lights')).map((q) => q.speaker)).toEqual(['the mayor']);
  });

  it('leaves a quotation that only mentions a genre noun alone', () => {
    expect(quotes.map((q) => q.text)).toContain('The plan is a drama we cannot afford.');
  });
});
