import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in the passive before the words, its agent after them', () => {
  it('gives the words to the one after "by", not to the subject of the passive', () => {
    const text = ['Harbor Levy Explained.', 'The fee on moorings has been called “a quiet tax” by Jo Lund, an economist in Linden.'].join('\n\n');
    expect(who(text, 'a quiet tax')).toMatchObject({ speaker: 'Jo Lund', mention: 'Jo Lund' });
  });

  it('leaves an active speech verb to its subject when "by" follows the words', () => {
    const text = ['Harbor Levy Explained.', 'Mayor Ada Ruiz called the levy “a quiet tax” by the standards of the county.'].join('\n\n');
    expect(who(text, 'a quiet tax')).toMatchObject({ speaker: 'Ada Ruiz' });
  });
});
