import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a few quoted words followed by a verb with no subject of its own', () => {
  it('belong to the clause before them when it has a named subject and verb', () => {
    const text = ['Harbor Board.', 'Ada Ruiz has coined a new phrase, “dockside freeloaders,” to describe those who skip the ferry fare.'].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'dockside freeloaders');
    expect(q.speakerMention?.start).toBe(text.indexOf('Ada Ruiz'));
    expect(q.speaker).toBe('Ada Ruiz');
  });

  it('are no one’s quotation when the clause before them names no one either', () => {
    const text = ['Harbor Board.', 'A new phrase, “dockside freeloaders,” to describe those who skip the ferry fare, spread fast.'].join('\n\n');
    expect(quotesOf(text).quotes.some((q) => q.text.includes('dockside'))).toBe(false);
  });
});
