import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('people counted rather than named', () => {
  it('speak as "another"', () => {
    const text =
      'Dunmore fair.\n\n\u201cThe rides are late again,\u201d said one vendor from Elm. Yet another said, \u201cWe will bring our own chairs this time.\u201d';
    expect(who(text, 'We will bring our own')).toMatchObject({ speaker: 'another', mention: 'another' });
  });

  it('speak as "the two" after the words', () => {
    const text =
      'Dunmore fair.\n\nTwo councillors wrote to the board on Friday. \u201cWe do not see a way around the fee,\u201d the two write. \u201cThe board must decide.\u201d';
    expect(who(text, 'We do not see a way')).toMatchObject({ speaker: 'the two', mention: 'the two' });
  });
});
