import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a person named right before the colon that introduces a quotation', () => {
  it('speaks it when the clause has a thing for subject', () => {
    const text = 'Harbor Notes.\n\nThe timing of the vote does not surprise Linden pollster Ada Ruiz: “Late surges always favor the challenger.”';
    expect(who(text, 'Late surges')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Linden pollster Ada Ruiz' });
  });

  it('speaks it when the thing is owned by someone else ("The timing of Vale’s surge")', () => {
    const text = 'Harbor Notes.\n\nThe timing of Vale’s surge does not surprise Linden pollster Ada Ruiz: “Late surges always favor the challenger.”';
    expect(who(text, 'Late surges')).toMatchObject({ speaker: 'Ada Ruiz' });
  });

  it('speaks it as the agent of a passive verb ("a view shared by …:")', () => {
    const text = 'Harbor Notes.\n\nThat view is shared by economist Ivo Marsh: “Nobody builds a pier without a loan.”';
    expect(who(text, 'Nobody builds')).toMatchObject({ speaker: 'Ivo Marsh', mention: 'economist Ivo Marsh' });
  });

  it('speaks it after "it" ("It was a point echoed by …:")', () => {
    const text = 'Harbor Notes.\n\nIt was a point echoed by Rep. Jo Lund: “Nobody reads the budget.”';
    expect(who(text, 'Nobody reads')).toMatchObject({ speaker: 'Jo Lund' });
  });

  it('leaves the words to a person who is the subject ("Vale lashed out at Okafor:")', () => {
    const text = 'Harbor Notes.\n\nMayor Tara Vale lashed out at Councilman Pete Okafor: “He has never once shown up to a hearing.”';
    expect(who(text, 'He has never')).toMatchObject({ speaker: 'Tara Vale' });
  });

  it('leaves the words to a role that is the subject ("The mayor’s spokesman had a reply for …:")', () => {
    const text = 'Harbor Notes.\n\nThe mayor’s spokesman had a reply for Councilman Pete Okafor: “Read the budget.”';
    expect(who(text, 'Read the budget')).toMatchObject({ mention: 'The mayor’s spokesman' });
  });
});
