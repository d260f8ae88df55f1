import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('what stands between a speaker and the speech verb', () => {
  it('passes over a time phrase that opens the sentence ("A week later, …, telling")', () => {
    const text =
      'The tenants met on Monday.\n\nA week later, Tom Reddick sent flowers to the tenants, telling the Ledger, "Nobody will be evicted this winter."';
    expect(who(text, 'Nobody will be evicted')).toMatchObject({ speaker: 'Tom Reddick', mention: 'Tom Reddick', cue: 'telling' });
  });

  it('passes over a day between the subject and the verb ("later Friday told")', () => {
    const text =
      'Councillor Ines Lindqvist spoke at the meeting.\n\nLindqvist later Friday told Radio North: "The council will settle the fares before the holiday."';
    expect(who(text, 'The council will settle')).toMatchObject({ speaker: 'Ines Lindqvist', mention: 'Lindqvist', cue: 'told' });
  });

  it('never takes the one told for the speaker', () => {
    const text = 'The budget is late again.\n\nOn Friday told Radio North: "The fares will rise."';
    expect(who(text, 'The fares').mention).not.toBe('Radio North');
  });
});
