import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a newsletter round-up line: a headline in capitals, words of the story, the outlet in brackets', () => {
  const text = [
    'Morning Mail.',
    'TOP STORIES.',
    'HARBOR FERRY SINKS OFF LINDEN “Four crew members were rescued by a passing trawler late on Monday, the coast guard said.” [Ledger.]',
    'VALE WINS THE VOTE As the count ended, Tom Vale said the result was “a clear mandate.” [Gazette.]',
  ].join('\n\n');

  it('is a quotation of the story the headline stands for', () => {
    expect(who(text, 'Four crew members')).toMatchObject({ speaker: 'HARBOR FERRY SINKS OFF LINDEN', mention: 'HARBOR FERRY SINKS OFF LINDEN' });
  });

  it('leaves prose after a headline to its speech verb', () => {
    expect(who(text, 'a clear mandate')).toMatchObject({ speaker: 'Tom Vale' });
  });

  it('needs the bracketed outlet after the words', () => {
    const plain = ['Morning Mail.', 'HARBOR FERRY SINKS OFF LINDEN “Four crew members were rescued late on Monday.”'].join('\n\n');
    expect(quotesOf(plain).quotes.map((q) => q.text)).toEqual([]);
  });
});
