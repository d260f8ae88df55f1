import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb inside parentheses', () => {
  it('has its subject inside the parentheses, not the subject of the sentence around them', () => {
    const text = [
      'Remembering the Flood.',
      'Most of the town still calls the flood a disaster of nature (Nora Jansen, who coined the phrase harbor debt, once said, “It was built by people and it will happen again”). The council disagrees.',
    ].join('\n\n');
    expect(who(text, 'It was built')).toMatchObject({ speaker: 'Nora Jansen', mention: 'Nora Jansen' });
  });

  it('still reads a subject before a parenthesis that closes before the verb', () => {
    const text = ['Harbor Vote.', 'Rep. Dana Pell (D-Ohio) said, “We will fund the harbor.”'].join('\n\n');
    expect(who(text, 'We will fund')).toMatchObject({ speaker: 'Dana Pell' });
  });
});
