import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('an owner’s description set off by a comma before a name and its verb', () => {
  it('after an owner: the name is the subject, not the owner ("The Harbor Party’s presumed nominee, Vale has drawn …")', () => {
    const text = [
      'Vale Gains In Linden.',
      'The Harbor Party’s presumed mayoral nominee, Vale has drawn big crowds by promising to put “the docks before the developers” at every stop.',
    ].join('\n\n');
    expect(who(text, 'the docks before')).toMatchObject({ speaker: 'Vale', mention: 'Vale' });
  });

  it('keeps a name set off by commas after its owner ("Linden’s mayor, Ada Ruiz, likened …")', () => {
    const text = ['Ruiz Signs The Deal.', 'Linden’s mayor, Ada Ruiz, likened the ferry contract to “a giveaway to the owners” on Monday.'].join('\n\n');
    expect(who(text, 'a giveaway')).toMatchObject({ speaker: 'Ada Ruiz' });
  });
});
