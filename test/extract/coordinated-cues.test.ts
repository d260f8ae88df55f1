import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speech verb joined to an earlier predicate', () => {
  it('shares the subject of the first clause after "and"', () => {
    const text = [
      'Marta Lindqvist met the candidate last week.',
      '',
      'While the donor did not disclose how much she would give, she did say she found the candidate "quite charming" and called his standing in the field "unheard of."',
    ].join('\n');
    expect(who(text, 'unheard of')).toMatchObject({ speaker: 'Marta Lindqvist', mention: 'she' });
  });

  it('shares it after "but" too, and never takes the thing named for the speaker', () => {
    const text = [
      'Ines Varga spoke to the council on Monday.',
      '',
      'She found the plan "quite bold," but called its cost "far more than anyone here can carry."',
    ].join('\n');
    expect(who(text, 'far more')).toMatchObject({ speaker: 'Ines Varga' });
  });

  it('still reads the subject before a verb of naming', () => {
    const text = 'Ines Varga left early. Then the council member called Ines Varga "the last honest person in the building."';
    expect(who(text, 'the last honest')).toMatchObject({ mention: 'the council member' });
  });
});
