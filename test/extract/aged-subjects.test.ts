import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a subject written after an age with no article', () => {
  it('speaks an intro line that ends in a colon', () => {
    const text = [
      'For many, that candidate is Vale. 81-year-old Parker Lund, a farmer who voted for both parties, said that given the choices on the ballot:',
      '"There is only one: Vale. He pays his own way."',
    ].join('\n\n');
    expect(who(text, 'There is only')).toMatchObject({ speaker: 'Parker Lund', mention: 'Parker Lund' });
  });

  it('speaks with a verb that only an intro line makes a speech verb', () => {
    const text = ['“We will see,” the mayor said.', '17-year-old Jared Mott echoed:', '“He speaks his mind, and that might be what the town needs.”'].join(
      '\n\n',
    );
    expect(who(text, 'He speaks')).toMatchObject({ speaker: 'Jared Mott' });
  });

  it('is whom the next "she" means when a comma sets the phrase off', () => {
    const text = [
      'Orla Venn opened the meeting in Castlebrook on Monday.',
      '“We will vote on the ferry before spring,” Venn said.',
      'At a later hearing in Millbrook, 47-year-old Tessa Crane also spoke against the ferry. “They should keep the old pier open,” she said.',
    ].join('\n\n');
    expect(who(text, 'They should keep')).toMatchObject({ speaker: 'Tessa Crane', mention: 'she' });
  });

  it('is whom the next "she" means after a plain noun describing her', () => {
    const text = [
      'Orla Venn opened the meeting in Castlebrook on Monday.',
      '“We will vote on the ferry before spring,” Venn said.',
      'At a later hearing in Millbrook, retiree Tessa Crane also spoke against the ferry. “They should keep the old pier open,” she said.',
    ].join('\n\n');
    expect(who(text, 'They should keep')).toMatchObject({ speaker: 'Tessa Crane', mention: 'she' });
  });
});
