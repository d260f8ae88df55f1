import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a role noun governing a name ("a spokesman for Lund") as the subject of a later clause', () => {
  it('is the speaker after "that", across a modal and "only"', () => {
    const text = 'Harbor plan.\n\nThe timing was so odd that a spokesman for Jo Lund could only quip: \u201cI guess the holidays were booked.\u201d';
    expect(who(text, 'I guess the holidays')).toMatchObject({ speaker: 'Jo Lund', mention: 'a spokesman for Jo Lund' });
  });

  it('is the speaker of a clause joined by "and"', () => {
    const text = 'Harbor plan.\n\nJo Lund chairs the board. The vote was close, and an aide to Lund told reporters: \u201cWe counted twice.\u201d';
    expect(who(text, 'We counted twice')).toMatchObject({ speaker: 'Jo Lund', mention: 'an aide to Lund' });
  });

  it('reads the same as when it opens the sentence', () => {
    const text = 'Harbor plan.\n\nJo Lund chairs the board. A spokeswoman for Lund said, \u201cThe mayor has no comment.\u201d';
    expect(who(text, 'The mayor has no comment')).toMatchObject({ speaker: 'Jo Lund', mention: 'A spokeswoman for Lund' });
  });
});
