import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speaker described by a hyphenated noun', () => {
  it('keeps both parts when the second reads as a preposition', () => {
    const text = 'Ads.\n\n\u201cThey know Lund is the only one strong enough to fix the pier,\u201d a voice-over in the ad states.';
    expect(who(text, 'They know Lund')).toMatchObject({ mention: 'a voice-over' });
  });

  it('keeps both lower-case parts of the noun', () => {
    const text = 'Race.\n\n\u201cWe lost fair and square,\u201d a runner-up said after the count.';
    expect(who(text, 'We lost')).toMatchObject({ mention: 'a runner-up' });
  });
});
