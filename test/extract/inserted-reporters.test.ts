import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a reporting clause set off by commas inside the sentence before quoted words', () => {
  it('names their source, not the subject of the verb it interrupts', () => {
    const text = 'The vote went late.\n\nThe Ledger, Venn said, called the council vote “highly significant.”';
    expect(who(text, 'highly significant')).toMatchObject({ speaker: 'Venn', mention: 'Venn', cue: 'said' });
  });

  it('names their source with a time after its verb', () => {
    const text = 'The vote went late.\n\nThe council, Keller said on Monday, has labeled the plan “a waste of money.”';
    expect(who(text, 'a waste of money')).toMatchObject({ speaker: 'Keller', cue: 'said' });
  });

  it('leaves an aside that only describes the subject alone', () => {
    const text = 'The vote went late.\n\nKeller, a pilot who flew for years, called the plan “a waste of money.”';
    expect(who(text, 'a waste of money')).toMatchObject({ speaker: 'Keller', cue: 'called' });
  });
});
