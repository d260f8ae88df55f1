import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a speaker named only by a role', () => {
  it('is who the next "he" means, not a man named earlier in passing', () => {
    const text = [
      'Mayor Tobias Brandt of Millbrook said the shelter would stay open all winter.',
      '"The shelter has never been this full," the Republican county candidate said in an interview on Thursday.',
      '"Open the gym at night and keep it open until March," he went on.',
    ].join('\n\n');
    const { quotes } = quotesOf(text);
    expect(quote(quotes, 'The shelter has never').speaker).toBe('the Republican county candidate');
    expect(quote(quotes, 'Open the gym').speaker).toBe('the Republican county candidate');
  });
});
