import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a named subject with a phrase of "of" before its speech verb', () => {
  it('speaks in a clause opened by "as"', () => {
    const text = [
      'Writing in the Ledger, Mona Tarr argued that the board had failed.',
      'However, as Bishop Karl Omand of the Linden Diocese told the Valley Gazette (VG), “We have waited long enough for this bridge.” He added, “The council should have acted years ago.”',
    ].join('\n\n');
    expect(who(text, 'We have waited')).toMatchObject({ speaker: 'Karl Omand', mention: 'Bishop Karl Omand' });
    expect(who(text, 'The council')).toMatchObject({ speaker: 'Karl Omand' });
  });

  it('is the name after a title that runs across "of"', () => {
    const text = 'Flyers showed the old harbor, and Speaker of the House Rep. Dana Pell (D-OH) said “the levy has no place in this budget.”';
    expect(who(text, 'the levy')).toMatchObject({ speaker: 'Dana Pell' });
  });

  it('is never the place the phrase names', () => {
    const text = 'As Karl Omand of Linden said, “The bridge comes first.”';
    expect(who(text, 'The bridge')).toMatchObject({ speaker: 'Karl Omand' });
  });
});
