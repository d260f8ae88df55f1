import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a speech verb after a preposition and a quantifier is a noun', () => {
  it('never reads "at one point" as the cue of a quotation', () => {
    const text = 'Protesters packed the square, and at one point a banner reading “Recall Greer” went up.';
    expect(quotesOf(text).quotes.map((q) => q.cue?.text ?? null)).not.toContain('point');
  });

  it('still reads the speech verb after "in one email"', () => {
    const text = 'The exchange ran for weeks. In one email, Councilwoman Dana Greer wrote that the harbor deal was “a steal.”';
    expect(who(text, 'a steal')).toMatchObject({ speaker: 'Dana Greer', cue: 'wrote' });
  });

  it('keeps a participle after "with one" as the cue', () => {
    const text = 'Voters at the diner in Millbrook were split, with one saying “I am done with both of them.”';
    expect(who(text, 'I am done')).toMatchObject({ cue: 'saying' });
  });
});
