import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a quotation reported "according to" a source', () => {
  it('goes to that source, not to the person whose verb reports it', () => {
    const text = '"We will not stand in the way of the vote," Halvorsen said, according to the Riverton Ledger.';
    expect(who(text, 'We will not stand')).toMatchObject({ speaker: 'Riverton Ledger', mention: 'the Riverton Ledger', cue: 'according to' });
  });

  it('goes to the source named before the speaker in the same sentence', () => {
    const text = 'According to the Riverton Ledger, Okafor said the primary was "a slow-motion ambush" for her.';
    expect(who(text, 'a slow-motion ambush')).toMatchObject({ mention: 'the Riverton Ledger', cue: 'According to' });
  });

  it('stays with the speaker when "according to" sits in another sentence', () => {
    const text = 'Turnout fell by a third, according to the county clerk. "We will knock on every door again," Halvorsen said.';
    expect(who(text, 'We will knock')).toMatchObject({ speaker: 'Halvorsen', cue: 'said' });
  });
});
