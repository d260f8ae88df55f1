import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in the present after a people or a party named in the plural', () => {
  it('is the verb when the tagger reads it as part of a place', () => {
    const text = '"The kingdom is a partner in every effort against the smugglers," the Saudis state in the memo.';
    expect(who(text, 'The kingdom')).toMatchObject({ speaker: 'Saudis', mention: 'the Saudis' });
  });

  it('is the verb when the tagger reads it as a noun', () => {
    const text = [
      '“The budget was written in one night,” the mayor said.',
      '“Nobody on the council read the budget before the vote,” the Federalists claim in their letter.',
    ].join('\n\n');
    expect(who(text, 'Nobody on')).toMatchObject({ mention: 'the Federalists' });
  });
});
