import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a title quoted inside an aside between a name and its verb', () => {
  it('belongs to the aside, so the name is the subject of the verb that introduces the quotation', () => {
    const text = 'Harbor Notes.\n\nAda Ruiz, the former host of the talk show “Linden Live,” listed her favorite film: “The Long Pier.”';
    expect(who(text, 'The Long Pier')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Ada Ruiz' });
  });

  it('reads straight quotation marks the same way', () => {
    const text = 'Harbor Notes.\n\nIvo Marsh, the longtime host of the radio show "Harbor Hour," named his guilty pleasure: "Dock Days."';
    expect(who(text, 'Dock Days')).toMatchObject({ speaker: 'Ivo Marsh' });
  });
});
