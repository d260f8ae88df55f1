/** Issue 13: a given name spelled like a name particle ("Ben", "Al") stays part of the speaker's name (invented texts). */
import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a given name that is also a name particle', () => {
  it('keeps "Ben" in the speaker named in full', () => {
    expect(who('“I have nothing to hide,” said Ben Okafor, a retired surgeon.', 'I have nothing')).toMatchObject({ speaker: 'Ben Okafor' });
  });

  it('keeps "Al" in the speaker named in full', () => {
    expect(who('“We will win the county,” Al Brennick told reporters.', 'We will win')).toMatchObject({ speaker: 'Al Brennick' });
  });

  it('does not let a headline that opens with the name give the speaker the headline’s next word', () => {
    const text = 'Ben Okafor Defends His Record\n\n“I have nothing to hide,” Ben Okafor said on Tuesday.';
    expect(who(text, 'I have nothing')).toMatchObject({ speaker: 'Ben Okafor' });
  });
});
