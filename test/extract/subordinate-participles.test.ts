import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle of speech after a clause that "when" or "as" opens', () => {
  it('goes with that clause’s subject, not the sentence’s', () => {
    const text =
      'Ruiz Heckled Twice.\n\nThe first incident came during a rally in Linden, when Vale supporters interrupted her speech, shouting “she wins, we lose!”';
    expect(who(text, 'she wins')).toMatchObject({ speaker: 'Vale supporters', mention: 'Vale supporters' });
  });

  it('still goes with the sentence’s subject after an opening phrase that is no clause', () => {
    const text = 'Ruiz Heckled Twice.\n\nMayor Ada Ruiz paused during her speech in Linden, pointing at the crowd, saying “we will not be shouted down.”';
    expect(who(text, 'we will not')).toMatchObject({ speaker: 'Ada Ruiz' });
  });
});
