import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a single closing mark typed where the double one belongs', () => {
  it('closes the quotation after a sentence end, before a capital', () => {
    const text =
      'Harbor plan.\n\nAmy Lund tweeted: \u201cLet\u2019s go. We can fix the pier.\u2019 Lund was at the harbor for the vote on Tuesday. She became a voice for the pier after her film, \u201cTidewater.\u201d';
    expect(who(text, 'Let\u2019s go')).toMatchObject({ speaker: 'Amy Lund' });
    expect(quotesOf(text).quotes.map((q) => q.text)).not.toContainEqual(expect.stringContaining('Lund was at the harbor'));
  });

  it('leaves a single quotation inside the double one alone', () => {
    const text = 'Harbor plan.\n\nLund said: \u201cThey told me \u2018Build it.\u2019 And so we did.\u201d';
    expect(who(text, 'They told me')).toMatchObject({ speaker: 'Lund' });
    expect(quotesOf(text).quotes.find((q) => q.text.startsWith('They told me'))?.text).toContain('And so we did');
  });
});
