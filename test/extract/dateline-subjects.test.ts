import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a wire dateline opening the first sentence', () => {
  it('is never the subject a participle cue shares', () => {
    const text =
      'Levy fight heats up.\n\nHARTWELL, Ohio, March 14 (AP) — In answer to the mayor\'s levy plan, council member Petra Lindqvist rallied volunteers, saying: "We have to be ready to stop it."';
    expect(who(text, 'We have to be ready')).toMatchObject({ speaker: 'Petra Lindqvist' });
  });

  it('is read in ordinary capitals when the agency stands in brackets before the dash', () => {
    const text =
      'Levy fight heats up.\n\nHartwell (AFP) – Council member Petra Lindqvist has taken a swipe at the mayor over the levy, saying that "loud promises" will not fix the roof.';
    expect(who(text, 'loud promises')).toMatchObject({ speaker: 'Petra Lindqvist' });
  });

  it('leaves a capitalised place that is the subject alone', () => {
    const text = 'Levy fight heats up.\n\nHartwell rallied behind the levy on Friday, saying in a council resolution that "schools come first."';
    expect(who(text, 'schools come first')).toMatchObject({ speaker: 'Hartwell' });
  });
});
