import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb in a relative clause', () => {
  it('is spoken by the phrase "who" stands for, and cites "who" as the subject of the verb', () => {
    const text = 'Councillor Okafor, who said the plan was "a disgrace to the river," voted against it on Tuesday.';
    expect(who(text, 'a disgrace')).toMatchObject({ speaker: 'Okafor', mention: 'who', cue: 'said' });
  });

  it('reads past an adverb between "who" and the verb', () => {
    const text = 'The vote split the board and angered Rita Osei, who later told reporters the levy was "a tax on renters."';
    expect(who(text, 'a tax on')).toMatchObject({ speaker: 'Rita Osei', mention: 'who', cue: 'told' });
  });

  it('leaves a name after an inverted cue as the mention, whatever relative clause follows it', () => {
    const text = '"We will not raise the levy this year," said Dana Whitfield, who chairs the finance committee.';
    expect(who(text, 'We will not')).toMatchObject({ speaker: 'Dana Whitfield', mention: 'Dana Whitfield', cue: 'said' });
  });
});
