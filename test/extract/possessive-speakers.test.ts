import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a possessive phrase as the source of a quotation', () => {
  it('credits a statement to the person who made it', () => {
    const text = 'Councillor Maren Lindqvist spoke after the vote. Lindqvist’s statement called the plan "a giveaway to the developers."';
    expect(who(text, 'a giveaway')).toMatchObject({ speaker: 'Maren Lindqvist', mention: 'Lindqvist’s statement', cue: 'called' });
  });

  it('credits plural remarks to their possessor', () => {
    const text = 'Tomas Brekke had been quiet for weeks. Brekke’s remarks described the budget as "a slow-motion collapse."';
    expect(who(text, 'a slow-motion')).toMatchObject({ speaker: 'Tomas Brekke' });
  });

  it('credits an institution’s report to the institution', () => {
    const text = '"Most of the wells were never tested," the water board’s report said.';
    expect(who(text, 'Most of the wells')).toMatchObject({ speaker: 'the water board' });
  });

  it('keeps a possessor before a name out of the name', () => {
    const text = '"Turnout will decide it," the Harbor Ledger’s Idris Okafor said.';
    expect(who(text, 'Turnout will')).toMatchObject({ speaker: 'Idris Okafor' });
  });

  it('leaves a person named by a possessive role as the speaker, not the possessor', () => {
    const text = 'Maren Lindqvist left early. "We will appeal," Lindqvist’s spokesman said.';
    expect(who(text, 'We will appeal').speaker).not.toBe('Maren Lindqvist');
  });
});
