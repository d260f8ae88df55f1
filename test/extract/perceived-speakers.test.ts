import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speaker who "can be heard asking" someone', () => {
  it('speaks the words, not the one asked, whatever colon line came before', () => {
    const text = [
      'Mayor Tom Vale backed a rider database on Thursday, and the Ledger has the tape:',
      '“Should there be a database that tracks every rider in this town?” a reporter can be heard asking Vale after an event in Millbrook.',
    ].join('\n\n');
    expect(who(text, 'Should there be')).toMatchObject({ speaker: 'a reporter', mention: 'a reporter', cue: 'asking' });
  });

  it('speaks with "was seen telling" too', () => {
    const text = 'Tom Vale toured the pier on Friday.\n\n“The boats will run on time,” an aide was seen telling Vale as the ferry left.';
    expect(who(text, 'The boats will run')).toMatchObject({ mention: 'an aide', cue: 'telling' });
  });
});
