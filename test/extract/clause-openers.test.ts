import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('what stands between a speaker and the speech verb', () => {
  it('passes over a time phrase that opens the sentence ("Hours later, …, telling")', () => {
    const text =
      'The tenants met on Monday.\n\nHours later, Dana Okafor returned the favor to the landlord, telling the Ledger, "We have been neighbors for a long time."';
    expect(who(text, 'We have been neighbors')).toMatchObject({ speaker: 'Dana Okafor', mention: 'Dana Okafor', cue: 'telling' });
  });

  it('passes over a day between the subject and the verb ("later Thursday told")', () => {
    const text =
      'Councillor Ines Lindqvist spoke at the meeting.\n\nLindqvist later Thursday told Channel 4: "Both sides are meeting next week to talk about these things."';
    expect(who(text, 'Both sides')).toMatchObject({ speaker: 'Ines Lindqvist', mention: 'Lindqvist', cue: 'told' });
  });

  it('never takes the one told for the speaker', () => {
    const text = 'The budget is late again.\n\nOn Thursday told Channel 4: "Both sides are meeting next week."';
    expect(who(text, 'Both sides').mention).not.toBe('Channel 4');
  });
});
