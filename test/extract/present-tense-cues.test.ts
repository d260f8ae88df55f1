import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('a speech verb in the present tense right after a name', () => {
  it('is the verb even where the tagger reads it as a plural noun ("Vance refers to … as")', () => {
    const text = 'Vance refers to the candidate, his longtime friend, as "Mr. Rollo," while Rollo refers to the governor as "Ted."';
    expect(who(text, 'Mr. Rollo')).toMatchObject({ speaker: 'Vance', cue: 'refers' });
    expect(who(text, 'Ted.')).toMatchObject({ speaker: 'Rollo', cue: 'refers' });
  });

  it('stays a noun after a determiner ("the Vance emails")', () => {
    const text = 'The Vance emails were "a disaster," the auditor said.';
    expect(who(text, 'a disaster')).toMatchObject({ mention: 'the auditor', cue: 'said' });
  });

  it('stays a noun when nothing a verb takes follows it ("Vance emails now")', () => {
    const text = 'The audit is done. Vance emails now fill "three whole boxes" in the archive.';
    expect(quotesOf(text).quotes.map((q) => q.text)).toEqual([]);
  });
});
