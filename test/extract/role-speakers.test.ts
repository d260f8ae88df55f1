import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a speaker named only by a role', () => {
  it('is who the next "he" means, not a man named earlier in passing', () => {
    const text = [
      'Mayor Tobias Brandt of Millbrook said the shelter would stay open all winter.',
      '"There is cold and there is cold like nobody has seen," the Republican county candidate said in an interview on Thursday.',
      '"We ought to open the gym at night. We ought to do it this week," he went on.',
    ].join('\n\n');
    const { quotes } = quotesOf(text);
    expect(quote(quotes, 'There is cold').speaker).toBe('the Republican county candidate');
    expect(quote(quotes, 'We ought to open').speaker).toBe('the Republican county candidate');
  });
});
