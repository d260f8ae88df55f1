import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('words owned by someone ("in X\'s words", "in the words of X")', () => {
  it('are quoted from the one after "in the words of"', () => {
    const text = 'Dunmore harbor vote.\n\nThe council was split. In the words of councillor Tomas Berg, "the harbor has waited long enough."';
    expect(who(text, 'the harbor has waited')).toMatchObject({ speaker: 'Tomas Berg', mention: 'councillor Tomas Berg' });
  });

  it('outweigh the subject of the sentence when they follow the quotation', () => {
    const text = 'Dunmore harbor vote.\n\nCritics called the plan "a gift to the marina owners," in the words of one fisherman.';
    expect(who(text, 'a gift to the marina')).toMatchObject({ mention: 'one fisherman' });
  });

  it('are quoted from the owner of "words" written with a possessive', () => {
    const text = 'Dunmore harbor vote.\n\nTomas Berg chairs the council. The vote was close. In Berg\u2019s own words, "the vote is a formality now."';
    expect(who(text, 'the vote is a formality')).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('with a possessive pronoun, go to the subject it points back to, even after another quotation in the sentence', () => {
    const text =
      'Dunmore harbor vote.\n\nAna Ribeiro wants the old harbor back. She has praised her father\u2019s record\u2014\u201cthe busiest season in memory\u201d\u2014and promised to put him in charge of the dredging because, in her words, \u201che knows the channel.\u201d';
    expect(who(text, 'he knows the channel')).toMatchObject({ speaker: 'Ana Ribeiro', mention: 'She' });
    expect(who(text, 'the busiest season')).toMatchObject({ speaker: 'Ana Ribeiro', mention: 'She' });
  });
});
