import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle hanging on a document someone issued', () => {
  it('gives the words to whoever put out the statement, not to the statement', () => {
    const text = 'The ferry will stop for the winter.\n\nThe harbor office put out a statement saying the pier "will stay closed until spring."';
    expect(who(text, 'will stay closed')).toMatchObject({ speaker: 'the harbor office', mention: 'The harbor office', cue: 'saying' });
  });

  it('reads past an adverb, a phrasal verb and the recipients ("quickly blasted out an email to supporters stating")', () => {
    const text = 'Her campaign quickly blasted out an email to supporters stating that "the recount is far from over."';
    expect(who(text, 'the recount')).toMatchObject({ mention: 'Her campaign', cue: 'stating' });
  });

  it('names the person who released an ad', () => {
    const text = 'The levy vote is on Tuesday.\n\nMarisol Etxeberria released a new radio ad calling the levy "a tax on every family."';
    expect(who(text, 'a tax on every family')).toMatchObject({ speaker: 'Marisol Etxeberria', mention: 'Marisol Etxeberria', cue: 'calling' });
  });

  it('still lets a document speak when it is the subject ("…," the letter said)', () => {
    const text = 'A letter from the tenants\u2019 union arrived on Monday. "We will not pay," the letter said.';
    expect(who(text, 'We will not pay')).toMatchObject({ mention: 'the letter', cue: 'said' });
  });
});
