import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a few quoted words closed by a comma and a named speaker', () => {
  it('go to the speaker named after them, not to the subject before them', () => {
    const text = 'Halvorsen cannot say that "from her own perspective," Okafor added, saying it should be left to the prosecutor.';
    expect(who(text, 'from her own')).toMatchObject({ speaker: 'Okafor', cue: 'added' });
  });

  it('stay with the subject before them when no name follows', () => {
    const text = 'Halvorsen called the bill "dead on arrival," and left the chamber before the vote.';
    expect(who(text, 'dead on arrival')).toMatchObject({ speaker: 'Halvorsen' });
  });
});
