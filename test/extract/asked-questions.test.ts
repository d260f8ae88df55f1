import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('quoted words of a question put to people, in a sentence opening with "Asked whether"', () => {
  it('stay a quotation spoken by no one found, not by those who answered', () => {
    const text =
      'Poll: Ruiz Leads.\n\nAsked whether Ruiz “has the patience to run the port,” 64 percent of Linden voters said yes, against 30 percent overall.';
    expect(who(text, 'has the patience')).toEqual({ speaker: null, mention: null, cue: 'Asked' });
  });

  it('leave words after the question’s comma to their speaker', () => {
    const text = 'Ruiz Answers.\n\nAsked whether she would run again, Mayor Ada Ruiz called the idea “a long way off.”';
    expect(who(text, 'a long way off')).toMatchObject({ speaker: 'Ada Ruiz' });
  });
});
