import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in a relative clause opened by ", which"', () => {
  it('is spoken by the document or body "which" stands for, and cites "which" ("notes" is the verb there, not a plural)', () => {
    const text = 'Marsh’s office linked to the Ledger report, which notes, “More than half of the council members met the donors.”';
    expect(who(text, 'More than half')).toMatchObject({ speaker: 'the Ledger report', mention: 'which', cue: 'notes' });
  });

  it('goes to the body "which" stands for, not to the subject of the main clause', () => {
    const text = 'Vale criticized the Harbor Authority, which said on Tuesday that it had found “no evidence of wrongdoing.”';
    expect(who(text, 'no evidence')).toMatchObject({ speaker: 'Harbor Authority', mention: 'which', cue: 'said' });
  });

  it('leaves a restrictive "which" to the clause it belongs to', () => {
    const text = 'The Linden council voted 6-1 for the resolution which said the town “welcomes every refugee family.”';
    expect(who(text, 'welcomes every')).toMatchObject({ mention: 'The Linden council' });
  });
});
