import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('an adverb of manner between a speaker and the speech verb', () => {
  it('leaves the subject the speaker inside a clause opened by "as"', () => {
    const text = [
      'Ruiz and Vale Trade Jabs.',
      'Mayor Ada Ruiz spoke at the county fair on Saturday.',
      'A week after Ruiz lost her temper at the fair, pointing at a heckler as she angrily said, “I am tired of the Vale campaign lying” about her record, Vale went after Ruiz on the same issue.',
    ].join('\n\n');
    expect(who(text, 'I am tired')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'she' });
  });

  it('does not reach past an adverb of frequency into a reported clause', () => {
    const text = [
      'Vale Stays Home.',
      '“We will manage,” Senator Tom Vale said. The longtime senator said he rarely asks colleagues to campaign for him, “except for people I am very close to.”',
    ].join('\n\n');
    expect(who(text, 'except for people')).toMatchObject({ mention: 'The longtime senator' });
  });
});
