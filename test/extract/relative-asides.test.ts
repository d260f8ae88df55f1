import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a relative pronoun with an aside before its speech verb', () => {
  it('still speaks for the phrase it stands for', () => {
    const text =
      'Ruiz Camp Hits Back.\n\nMayor Ada Ruiz spoke more gently than the rest of her ferry committee, who, during a radio debate Friday, accused Tom Vale of “twisting every number we put out.”';
    expect(who(text, 'twisting every number')).toMatchObject({ mention: 'who', speaker: 'the rest of her ferry committee' });
  });

  it('leaves an aside with no relative pronoun before it to the clause it interrupts', () => {
    const text = 'Ruiz Camp Hits Back.\n\nTom Vale, during a radio debate Friday, accused the mayor of “twisting every number we put out.”';
    expect(who(text, 'twisting every number')).toMatchObject({ speaker: 'Tom Vale' });
  });
});
