import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a given name written as two syllables joined by a hyphen', () => {
  it('keeps the second syllable when the name comes before the verb', () => {
    expect(who('"The harbour talks will resume next week," Ban Ki-moon said on Tuesday.', 'The harbour')).toMatchObject({
      speaker: 'Ban Ki-moon',
      mention: 'Ban Ki-moon',
    });
  });

  it('keeps the second syllable when the name follows the verb', () => {
    expect(who('"The harbour talks will resume next week," said Ban Ki-moon, the former secretary general.', 'The harbour')).toMatchObject({
      speaker: 'Ban Ki-moon',
    });
  });

  it('keeps the second syllable after a title', () => {
    expect(who('"The ferry will run again by spring," said Opposition leader Park Ji-won.', 'The ferry')).toMatchObject({
      speaker: 'Park Ji-won',
      mention: 'Opposition leader Park Ji-won',
    });
  });

  it('keeps it when the speaker opens the sentence with a colon cue', () => {
    expect(who('Secretary General Ban Ki-moon said: "The harbour talks will resume next week."', 'The harbour')).toMatchObject({
      speaker: 'Ban Ki-moon',
    });
  });

  it('still reads a hyphenated name of two capitalised halves whole', () => {
    expect(who('"We opened the shelter at noon," Jean-Pierre Dubois told reporters.', 'We opened')).toMatchObject({ speaker: 'Jean-Pierre Dubois' });
  });

  it('does not read the tail of a compound written on a name as a given name', () => {
    const { speaker } = who('Speaking at the rally, Carmen Ortiz-led marchers said: "We opened the shelter at noon."', 'We opened');
    expect(speaker).not.toContain('Ortiz-led');
  });
});
