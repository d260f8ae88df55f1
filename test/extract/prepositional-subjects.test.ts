import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speaker described with a prepositional phrase, inside a sentence about someone else', () => {
  it('is the one described, not the sentence subject, after a subordinator', () => {
    const text = 'Mayor Ken Adair was assuring voters after a woman in Dayton told him the bridge is "a total mess."';
    expect(who(text, 'a total mess')).toMatchObject({ mention: 'a woman', cue: 'told' });
  });

  it('is the one described after ", and", through a chain of prepositions', () => {
    const text = 'Mayor Ken Adair spoke Monday, and a nurse at the clinic in Dayton said the wait was "far too long."';
    expect(who(text, 'far too long')).toMatchObject({ mention: 'a nurse', cue: 'said' });
  });

  it('reads past the region set off by commas after a place', () => {
    const text = 'Mayor Ken Adair spoke Monday, and a nurse from Sumter, South Carolina, said the wait was "far too long."';
    expect(who(text, 'far too long')).toMatchObject({ mention: 'a nurse', cue: 'said' });
  });

  it('is not the object of a preposition after a determiner such as "both"', () => {
    const text = 'The debate is set for Monday. Several senior aides with longtime ties to both Harlows cited another "trap" debate.';
    expect(who(text, 'trap').mention).toBe('Several senior aides');
  });

  it('leaves the sentence subject when the described phrase is an object of its verb', () => {
    const text = 'Mayor Ken Adair met a woman in Dayton and told her the bridge is "a total mess."';
    expect(who(text, 'a total mess')).toMatchObject({ speaker: 'Ken Adair', cue: 'told' });
  });

  it('is the people counted after a count and "in" or "of" ("four in 10 voters say")', () => {
    const text = 'The poll closed Monday.\n\nAbout four in 10 Ohio primary voters say that what matters is that a candidate "shares my values."';
    expect(who(text, 'shares my values')).toMatchObject({ mention: 'About four in 10 Ohio primary voters', cue: 'say' });
    const council = 'The poll closed Monday, and two of the council members said the plan was "a mess."';
    expect(who(council, 'a mess')).toMatchObject({ mention: 'two of the council members', cue: 'said' });
  });
});
