import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('an adverb of manner between a speaker and the speech verb', () => {
  it('leaves the subject the speaker inside a clause opened by "as"', () => {
    const text = [
      'Ruiz and Vale Trade Jabs.',
      'Mayor Ada Ruiz spoke at the county fair on Saturday.',
      'Days after Ruiz snapped at a rally, wagging a finger at a protester as she angrily said, “Stop spreading rumours about the levy” to the crowd, Vale attacked her over the levy.',
    ].join('\n\n');
    expect(who(text, 'Stop spreading')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'she' });
  });

  it('does not reach past an adverb of frequency into a reported clause', () => {
    const text = [
      'Vale Stays Home.',
      '“We will manage,” Senator Tom Vale said. The senator said he rarely asks neighbours to knock on doors for him, “unless they live on my own street.”',
    ].join('\n\n');
    expect(who(text, 'unless they live')).toMatchObject({ mention: 'The senator' });
  });
});
