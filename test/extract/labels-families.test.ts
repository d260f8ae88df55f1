import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('transcript labels', () => {
  it('reads an honorific label whole, the name after the title', () => {
    const text = 'The hearing transcript was released on Friday.\n\n"MS. ALVAREZ: We never agreed to that."';
    expect(who(text, 'We never')).toMatchObject({ speaker: 'Alvarez', mention: 'MS. ALVAREZ' });
  });
});

describe('members of one family', () => {
  it('gives words said by "Mrs." to the woman, not her husband who shares the surname', () => {
    const text = [
      'Robert Marsh and his wife, Senator Helen Marsh, attended the dinner.',
      'Robert Marsh declined to comment, but Mrs. Marsh added, "This is only the start."',
    ].join('\n\n');
    expect(who(text, 'This is only')).toMatchObject({ speaker: 'Helen Marsh', mention: 'Mrs. Marsh' });
  });

  it('lets a role decide between two people sharing a surname', () => {
    const text = ['Senator Helen Marsh spoke after her daughter, Ellen Marsh, a nurse in Dayton.', '"We need better schools," the senator said.'].join('\n\n');
    expect(who(text, 'We need')).toMatchObject({ speaker: 'Helen Marsh' });
  });
});

describe('inverted cue with a description before the name', () => {
  it('takes the name a description runs into after the verb', () => {
    const text = 'The race tightened on Monday.\n\n"We will win this district," responded campaign manager Dana Whitfield.';
    expect(who(text, 'We will win')).toMatchObject({ speaker: 'Dana Whitfield', mention: 'campaign manager Dana Whitfield' });
  });

  it('keeps a description that only mentions a name after a preposition', () => {
    const text = 'Polls moved again.\n\n"The drop is real," said an adviser to both Clintons.';
    expect(who(text, 'The drop')).toMatchObject({ speaker: 'an adviser' });
  });

  it('keeps a description whose head noun comes after the name it mentions: the adviser spoke, not the one advised', () => {
    const text = 'Senator Ilse Varga spoke in Dunmore on Monday.\n\n“We never saw the polls move,” said a senior Varga adviser.';
    expect(who(text, 'We never saw')).toMatchObject({ speaker: 'a senior Varga adviser' });
  });
});
