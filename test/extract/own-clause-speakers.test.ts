import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('quoted words in a clause opened by "although", "while" or "but" after a comma', () => {
  it('belong to the subject of that clause, not to the subject the sentence opens with', () => {
    const text = ['Harbor Deal.', 'Meanwhile, Ada Ruiz backed the harbor deal, although she made it clear that she has “grave doubts” about parts of it.'].join(
      '\n\n',
    );
    const q = quote(quotesOf(text).quotes, 'grave doubts');
    expect(q.speakerMention?.start).toBe(text.indexOf('she made'));
    expect(q.speaker).toBe('Ada Ruiz');
  });

  it('go on with the sentence subject when that clause has no subject and verb to read', () => {
    const text = ['Harbor Deal.', 'Ada Ruiz called the deal a fair one, but at heart a “fair trade.”'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'fair trade').speakerMention?.start).toBe(text.indexOf('Ada Ruiz'));
  });
});
