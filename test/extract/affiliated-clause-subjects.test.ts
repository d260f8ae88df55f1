import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a name with where the person is from, as the subject of a clause introducing words', () => {
  it('keeps its verb across the affiliation ("Jonah Fields of the Harbor Gazette imagined …:")', () => {
    const text =
      'Harbor plan.\n\nBut after the vote, columnist Jonah Fields of the anti-tax Harbor Gazette imagined Lund was thinking: \u201cWhat have I done?\u201d';
    expect(who(text, 'What have I done')).toMatchObject({ speaker: 'Jonah Fields', mention: 'columnist Jonah Fields' });
  });

  it('gives nothing when no verb follows the affiliation', () => {
    const text = 'Harbor plan.\n\nColumnist Jonah Fields of the Harbor Gazette and the pier: \u201cA monument to nothing.\u201d';
    expect(who(text, 'A monument to nothing').speaker).toBeNull();
  });
});
