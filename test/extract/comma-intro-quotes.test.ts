import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a full quotation after a comma, with no speech verb near it', () => {
  it('is spoken by the subject of the clause that introduces it', () => {
    const text =
      'Earlier this week, Lindqvist shared her worries with donors at a lunch in Harbor Point, "I do not know which budget the council will pass. Maybe they will surprise us."';
    expect(who(text, 'I do not know')).toMatchObject({ speaker: 'Lindqvist', cue: 'shared' });
  });

  it('goes to the one a column is published by', () => {
    const text =
      'Former council aide Petra Olsen published a column in the Harbor Ledger, entitled, "Why the Levy Matters More Than Any Promise the Mayor Made in 2019."';
    expect(who(text, 'Why the Levy')).toMatchObject({ speaker: 'Petra Olsen', cue: 'published' });
  });

  it('yields to a speech verb after the words', () => {
    const text = 'Earlier this week, Lindqvist shared her worries with donors, "I do not know which levy will pass," Okafor said.';
    expect(who(text, 'I do not know')).toMatchObject({ speaker: 'Okafor', cue: 'said' });
  });

  it('names no one when the clause before the comma has no subject and verb', () => {
    const text = 'Council budget night.\n\nOn a cold morning in March, "We lost the vote" was all anyone heard in the hall.';
    expect(who(text, 'We lost')).toMatchObject({ speaker: null });
  });
});
