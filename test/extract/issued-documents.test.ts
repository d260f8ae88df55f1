import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle hanging on a document someone issued', () => {
  it('gives the words to whoever issued the statement, not to the statement', () => {
    const text = 'The ferry will stop for the winter.\n\nThe harbor office issued a written statement saying the pier "will stay closed until spring."';
    expect(who(text, 'will stay closed')).toMatchObject({ speaker: 'the harbor office', mention: 'The harbor office', cue: 'saying' });
  });

  it('reads past an adverb, a phrasal verb and the recipients ("hurriedly sent out a message to members stating")', () => {
    const text = 'Their committee hurriedly sent out a message to members stating that "the recount is far from over."';
    expect(who(text, 'the recount')).toMatchObject({ mention: 'Their committee', cue: 'stating' });
  });

  it('names the person who aired a video', () => {
    const text = 'The levy vote is on Tuesday.\n\nMarisol Etxeberria aired a short video calling the levy "a tax on every family."';
    expect(who(text, 'a tax on every family')).toMatchObject({ speaker: 'Marisol Etxeberria', mention: 'Marisol Etxeberria', cue: 'calling' });
  });

  it('still lets a document speak when it is the subject ("…," the letter said)', () => {
    const text = 'A letter from the tenants\u2019 union arrived on Monday. "We will not pay," the letter said.';
    expect(who(text, 'We will not pay')).toMatchObject({ mention: 'the letter', cue: 'said' });
  });
});
