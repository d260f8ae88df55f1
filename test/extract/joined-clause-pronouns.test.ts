import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a pronoun opening a clause joined by ", and" before quoted words', () => {
  it('is the cited mention, not the subject of the first clause', () => {
    const text = ['Harbor Board.', 'Ada Ruiz toured the docks on Monday, and she said the board had "failed the pilots at every turn."'].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'failed the pilots');
    expect(q.speakerMention?.start).toBe(text.indexOf('she said'));
    expect(q.speaker).toBe('Ada Ruiz');
  });

  it('still gives way to the subject whose own verb reports the words', () => {
    const text = ['Harbor Board.', 'Ada Ruiz said she recalled what she called "a dark day for the pilots."'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'a dark day').speakerMention?.start).toBe(text.indexOf('Ada Ruiz'));
  });
});
