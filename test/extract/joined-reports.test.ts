import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a quotation after a sentence whose speech verb is joined by "and" to a second speaker', () => {
  it('is spoken by the subject of the joined verb, not by the speaker of the quotation before', () => {
    const text = [
      'Ferry Friends.',
      '“Give her my love,” Jansen said, and her husband cut in. “Do not forget the ferry captain, we were friends at school.”',
    ].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'Do not forget');
    expect(q.speakerMention?.start).toBe(text.indexOf('her husband'));
  });

  it('goes on with the earlier speaker when what follows the verb is a relative clause', () => {
    const text = ['Ferry Friends.', '“The vote was rushed,” Jansen wrote in the letter, which was first reported by the Ledger. “Nobody read the plan.”'].join(
      '\n\n',
    );
    expect(quote(quotesOf(text).quotes, 'Nobody read').speakerMention?.start).toBe(text.indexOf('Jansen'));
  });
});
