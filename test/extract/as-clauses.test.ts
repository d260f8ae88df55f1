import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a source named in an "as" clause', () => {
  it('speaks the words before "as the memo put it"', () => {
    const text = 'The main test for the permit is a "clean record of payments," as a county planning memo put it.';
    expect(who(text, 'clean record')).toMatchObject({ mention: 'a county planning memo', cue: 'put' });
  });

  it('speaks the words after "as the paper put it in a profile"', () => {
    const text = 'He kept out of sight, as the Riverton Ledger put it in a long profile, “like a man avoiding his own party.”';
    expect(who(text, 'like a man')).toMatchObject({ speaker: 'Riverton Ledger', cue: 'put' });
  });

  it('outweighs the subject of the sentence for a few quoted words', () => {
    const text = 'She argued she can win in the north too, rather than just a “coastal” candidate, as Jonas’ campaign manager suggested after the vote.';
    expect(who(text, 'coastal')).toMatchObject({ mention: 'campaign manager', cue: 'suggested' });
  });

  it('leaves "put it" outside the idiom as no speech verb', () => {
    const text = 'The clerk put it on the agenda after Halvorsen called the plan "a disgrace."';
    expect(who(text, 'a disgrace')).toMatchObject({ speaker: 'Halvorsen', cue: 'called' });
  });
});
