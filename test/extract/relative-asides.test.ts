import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a relative pronoun with an aside before its speech verb', () => {
  it('still speaks for the phrase it stands for', () => {
    const text =
      'Ruiz Camp Hits Back.\n\nMayor Ada Ruiz was milder than the rest of her campaign’s leadership, who, on a press call Friday, accused Tom Vale of “twisting every number we put out.”';
    expect(who(text, 'twisting every number')).toMatchObject({ mention: 'who', speaker: 'the rest of her campaign’s leadership' });
  });

  it('leaves an aside with no relative pronoun before it to the clause it interrupts', () => {
    const text = 'Ruiz Camp Hits Back.\n\nTom Vale, on a press call Friday, accused the mayor of “twisting every number we put out.”';
    expect(who(text, 'twisting every number')).toMatchObject({ speaker: 'Tom Vale' });
  });
});
