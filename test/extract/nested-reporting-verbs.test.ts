import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

/** The quotations of `text` that start with `opening`. */
function startingWith(text: string, opening: string): string[] {
  return quotesOf(text)
    .quotes.filter((q) => q.text.startsWith(opening))
    .map((q) => q.text);
}

describe('a quotation inside a quotation', () => {
  it('is given to the person the outer speaker reports as saying it', () => {
    const text = '"We heard Mayor Ines Calloway announce a \'fresh start\' for the harbor," Rui Patel said.';
    expect(quote(quotesOf(text).quotes, 'fresh start')).toMatchObject({ speaker: 'Ines Calloway', kind: 'partial' });
  });

  it('is given to the person the outer speaker reports as believing it', () => {
    const text = '"I am glad Senator Oona Baptiste believes we need \'a bridge for everyone\' here," Rui Patel said.';
    expect(quote(quotesOf(text).quotes, 'a bridge for')).toMatchObject({ speaker: 'Oona Baptiste' });
  });

  it('stays inside the outer quotation when the name before it does something else', () => {
    const text = '"If Halvorsen ends up losing, the council will ask, \'Why did we wait?\'" Rui Patel said.';
    expect(startingWith(text, 'Why did')).toEqual([]);
    expect(quote(quotesOf(text).quotes, 'If Halvorsen').speaker).toBe('Rui Patel');
  });

  it('is not given to a person who only wants something', () => {
    const text = '"Halvorsen wants a clean win, and instead voters were like, \'Not this again.\'" Rui Patel said.';
    expect(startingWith(text, 'Not this')).toEqual([]);
  });
});
