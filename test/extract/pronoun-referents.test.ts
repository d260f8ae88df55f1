import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('whom a pronoun speaker goes on with', () => {
  it('counts a bare surname the tagger does not know, once a quotation makes it a speaker', () => {
    const text = [
      '“We will rebuild the ferry dock,” Varnholt said at the pier.',
      'Councilman Tom Bell has fought the plan for months.',
      'Maybe Varnholt is right about the fares.',
      '“The fare is a tax on the island,” he said.',
    ].join('\n\n');
    expect(who(text, 'The fare is')).toMatchObject({ speaker: 'Varnholt', mention: 'he' });
  });

  it("reads a name's “’s been” as “has been”, which leaves the name the subject", () => {
    const text = [
      'Harlan Voss and Peter Quade met on the debate stage in Dunmore on Tuesday.',
      'Voss’s been arguing for weeks that Quade is not ready for the job.',
      '“You have never run a city,” he said.',
    ].join('\n\n');
    expect(who(text, 'You have never')).toMatchObject({ speaker: 'Harlan Voss', mention: 'he' });
  });

  it('lets the speaker just quoted outweigh a gender guessed from the first name, when the only fitting person is far back', () => {
    const text = [
      'At a dinner in Albany, Sen. Lindsey Parker took aim at Paul Ames over the tone of the race.',
      'Parker said, “We keep losing young voters. I think they hear that we do not want them.”',
      'He continued, “This is not how a party wins.”',
    ].join('\n\n');
    expect(who(text, 'This is not how')).toMatchObject({ speaker: 'Lindsey Parker', mention: 'He' });
  });

  it('keeps a gender guessed from the first name when someone fitting the pronoun is in the sentence before', () => {
    const text = [
      'Sen. Lindsey Parker spoke at a dinner in Albany on Friday.',
      'Parker said, “We keep losing young voters,” and turned to Paul Ames.',
      '“This is not how a party wins,” he said.',
    ].join('\n\n');
    expect(who(text, 'This is not how')).toMatchObject({ speaker: 'Paul Ames', mention: 'he' });
  });

  it('leaves out a person the writer only mentions in a question put to the one quoted', () => {
    const text = [
      '“We will not hold a vote this year,” said Carl Ruston, a law professor at Linden College. “The seats will stay empty.”',
      'But what if Dana Pike wins? Would the senators risk a nominee more liberal than Tom Abbot?',
      '“The senators should do whatever they like,” he said.',
    ].join('\n\n');
    expect(who(text, 'The senators should')).toMatchObject({ speaker: 'Carl Ruston', mention: 'he' });
  });
});
