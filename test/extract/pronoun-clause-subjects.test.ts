import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a pronoun after a comma speaking the words', () => {
  it('keeps the mention when an opening clause with another subject comes before it', () => {
    const text = [
      'Board Fight.',
      'Nora Vale wants the rule struck. But even if Nora Vale fails to win over the board, she can still cause trouble for Tom Ruiz by pushing for a “second vote.”',
    ].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'second vote');
    expect(q.speakerMention?.start).toBe(text.indexOf('she can'));
    expect(q.speaker).toBe('Nora Vale');
  });

  it('still gives way to the sentence subject when the pronoun opens words that subject reports', () => {
    const text = ['Port Vote.', 'Tom Vale said he recalled what he called “a long winter.”'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'a long winter').speakerMention?.start).toBe(text.indexOf('Tom Vale'));
  });
});
