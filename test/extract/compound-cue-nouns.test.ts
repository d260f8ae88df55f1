import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a possessive owning a compound noun that carries words', () => {
  it('gives a slogan to its owner across a noun before it ("Pell\u2019s campaign slogan is")', () => {
    const text = 'Mayor Ann Pell\u2019s campaign slogan is "We build." But now she wants more.';
    expect(who(text, 'We build')).toMatchObject({ speaker: 'Ann Pell' });
  });

  it('gives a catch phrase to its owner, not to the person it is about', () => {
    const text = 'Marco Rollo\u2019s catch phrase in that race was that Vance "would do anything to win."';
    expect(who(text, 'would do anything')).toMatchObject({ speaker: 'Marco Rollo' });
  });

  it('does not reach past a name between the owner and the noun', () => {
    const text = 'The mayor\u2019s Harbor Point slogan drew laughs, and "We build" stayed on the signs.';
    expect(quotesOf(text).quotes.filter((q) => q.speaker === 'the mayor')).toEqual([]);
  });
});
