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

describe('a surname that opens with a particle', () => {
  it('keeps a particle joined by a hyphen after the given name ("al-Hassan")', () => {
    expect(who('“The talks are over,” said Karim al-Hassan, the envoy.', 'The talks are')).toMatchObject({ speaker: 'Karim al-Hassan' });
  });

  it('keeps the particles of a subject read leftwards from the speech verb', () => {
    expect(who('Ada van der Kolk said, “The dykes will hold this winter.”', 'The dykes will')).toMatchObject({
      speaker: 'Ada van der Kolk',
      mention: 'Ada van der Kolk',
    });
    expect(who('Karim al-Hassan said, “The talks are over.”', 'The talks are')).toMatchObject({ speaker: 'Karim al-Hassan' });
  });
});
