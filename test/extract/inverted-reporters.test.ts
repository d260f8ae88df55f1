import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"he said" opening the paragraph after one that closes with "…, said <name>, <description>."', () => {
  it('goes on with the person the report names, not with the subject of what is reported', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Tom Vale has spent the spring touring the river towns, meeting with every boat club that would have him.',
      'Vale appears to be taking the same tack as last year: tirelessly attending meetings and carrying his message to the boat clubs, said Ivo Henson, a historian at Linden College.',
      '“He has been very patient about it,” he said. “The clubs like him.”',
    ].join('\n\n');
    expect(who(text, 'He has been very patient')).toMatchObject({ speaker: 'Ivo Henson', mention: 'he' });
    expect(who(text, 'The clubs like him')).toMatchObject({ speaker: 'Ivo Henson', mention: 'he' });
  });

  it('leaves the pronoun to the subject when the paragraph goes on after the report', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Tom Vale has spent the spring touring the river towns, meeting with every boat club that would have him.',
      'Vale appears to be taking the same tack as last year, said Ivo Henson, a historian at Linden College. Vale laughed off the comparison on Tuesday.',
      '“I never stop,” he said.',
    ].join('\n\n');
    expect(who(text, 'I never stop')).toMatchObject({ speaker: 'Tom Vale', mention: 'he' });
  });
});
