import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a sentence that only presents someone', () => {
  it('makes that person whom the next pronoun goes on with', () => {
    const text =
      'Advisers.\n\nSeveral aides still talk to the campaign, including David Okafor, the former strategist.\n\nThe campaign has hired new staff. It opened an office in Dover. It also bought ads. The ads ran for a week. Polls moved a little.\n\nFormer aide Tom Rudd wrote a column in The Ledger. Governor Peter Vale himself has even made comments supportive of the bid.\n\nThen there\u2019s Okafor.\n\n\u201cKind of strange that the campaign is so open about its plans,\u201d he wrote last October.';
    expect(who(text, 'Kind of strange')).toMatchObject({ speaker: 'David Okafor', mention: 'he' });
  });
});
