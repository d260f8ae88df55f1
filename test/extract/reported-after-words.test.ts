import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speaker described right after the words closed by a comma', () => {
  it('reports them, over the person the sentence quotes', () => {
    const text =
      'Harbor Point levy fight.\n\nThe aide did not want to be named. Lund told donors the levy "would never pass the council," the aide recalled, and she left early.';
    expect(who(text, 'would never pass')).toMatchObject({ mention: 'the aide', cue: 'recalled' });
  });

  it('speaks words cited before its verb', () => {
    const text = 'Harbor Point levy fight.\n\nCiting "family duties in Tallinn," the mayor\'s spokeswoman told the Ledger that Lund will skip the vote.';
    expect(who(text, 'family duties')).toMatchObject({ mention: "the mayor's spokeswoman", cue: 'told' });
  });

  it('is not read from a clause that only runs on after the words', () => {
    const text = 'Harbor Point levy fight.\n\nMayor Lund called the levy "a blank cheque," which is like a ransom note compared to the old plan.';
    expect(who(text, 'a blank cheque')).toMatchObject({ speaker: 'Lund' });
  });
});
