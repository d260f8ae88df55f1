import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb that runs on into an infinitive', () => {
  it('is not read as the cue ("will continue to be")', () => {
    const text =
      'In a statement released after the governor left the race, Halvorsen said she is certain Okafor will continue to be "a champion for the working families of this state."';
    expect(who(text, 'a champion')).toMatchObject({ speaker: 'Halvorsen', cue: 'said' });
  });

  it('is still a cue on its own ("Okafor continued:")', () => {
    const text = 'Okafor paused for a moment. Okafor continued: "We will finish the bridge before the winter."';
    expect(who(text, 'We will finish')).toMatchObject({ speaker: 'Okafor', cue: 'continued' });
  });
});
