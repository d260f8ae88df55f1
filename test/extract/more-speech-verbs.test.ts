import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('less common speech verbs', () => {
  it('reads "demurred:" as the cue and its pronoun as the person just named', () => {
    const text = 'Ines Varga toured the county on Friday. Asked which town was her favorite, she demurred: "Whichever one I am standing in."';
    expect(who(text, 'Whichever one')).toMatchObject({ speaker: 'Ines Varga', mention: 'she', cue: 'demurred' });
  });

  it('reads "boomed" after a quotation', () => {
    const text = 'Tomas Ekdahl took the stage late. "We are not going anywhere," Ekdahl boomed.';
    expect(who(text, 'We are not')).toMatchObject({ speaker: 'Tomas Ekdahl', cue: 'boomed' });
  });

  it('reads "expressed confidence that" as the cue of the few words quoted after it', () => {
    const text = 'The bridge vote is set for June. Rollo expressed confidence that the plan would be "a total success."';
    expect(who(text, 'a total success')).toMatchObject({ speaker: 'Rollo', cue: 'expressed' });
  });
});
