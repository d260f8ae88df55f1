import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in a clause joined by ", but"', () => {
  it('is spoken by the name opening that clause, not by the first phrase of the sentence', () => {
    const text = 'Turnout was thin in the hill precincts, but Okafor quietly claimed a "clear mandate" for the levy there.';
    expect(who(text, 'clear mandate')).toMatchObject({ speaker: 'Okafor' });
  });

  it('also after a semicolon', () => {
    const text = 'The recount ended on Friday; Councillor Petra Lindqvist promptly declared the result "final and binding" in a short note.';
    expect(who(text, 'final and binding')).toMatchObject({ speaker: 'Petra Lindqvist' });
  });

  it('is spoken by what a name owns when that opens the clause ("Whitfield\u2019s campaign")', () => {
    const text = 'The early counts are not final, but Dana Whitfield\u2019s campaign is already claiming victory in the so-called "river bracket."';
    expect(who(text, 'river bracket')).toMatchObject({ speaker: 'Dana Whitfield\u2019s campaign' });
  });

  it('leaves an aside set off by commas to the subject before it', () => {
    const text = 'Harbor Point budget night.\n\nMayor Lund, but not her aides, quietly told reporters the plan was "dead on arrival."';
    expect(who(text, 'dead on arrival')).toMatchObject({ speaker: 'Lund' });
  });
});
