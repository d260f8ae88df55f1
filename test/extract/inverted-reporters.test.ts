import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"he said" opening the paragraph after one that closes with a person reported speaking', () => {
  it('goes on with the person the report names, not with the subject of what is reported', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Tom Vale has spent the spring touring the river towns, meeting with every boat club that would have him.',
      'Vale is running the same playbook as last year, showing up at every club supper and shaking every hand on the pier, said Ivo Henson, a historian at Linden College.',
      '“He has been very patient about it,” he said. “The clubs like him.”',
    ].join('\n\n');
    expect(who(text, 'He has been very patient')).toMatchObject({ speaker: 'Ivo Henson', mention: 'he' });
    expect(who(text, 'The clubs like him')).toMatchObject({ speaker: 'Ivo Henson', mention: 'he' });
  });

  it('leaves the pronoun to the subject when the paragraph goes on after the report', () => {
    const text = [
      'Vale Takes His Ferry Plan Upriver.',
      'Tom Vale has spent the spring touring the river towns, meeting with every boat club that would have him.',
      'Vale is running the same playbook as last year, said Ivo Henson, a historian at Linden College. Vale laughed off the comparison on Tuesday.',
      '“I never stop,” he said.',
    ].join('\n\n');
    expect(who(text, 'I never stop')).toMatchObject({ speaker: 'Tom Vale', mention: 'he' });
  });

  it('goes on with a person whose speech verb follows a quotation closed by a full stop inside its marks', () => {
    const text = [
      'Vale Faces The Board.',
      'Tom Vale faced the board on Friday over the missing fuel money. Vale spoke for ten minutes.',
      'Vale called the board’s vote “a stitch-up.” Josh Brandt, a longtime harbor pilot, warned on Saturday that punishing Vale would leave the union weaker for years.',
      '“Nobody on the river will trust the board again,” he wrote in a letter to members. “The board must be seen as fair.”',
    ].join('\n\n');
    expect(who(text, 'Nobody on the river')).toMatchObject({ speaker: 'Josh Brandt', mention: 'he' });
    expect(who(text, 'The board must be seen')).toMatchObject({ speaker: 'Josh Brandt', mention: 'he' });
  });

  it('leaves the pronoun to the subject when no verb of speaking follows the name opening the last sentence', () => {
    const text = [
      'Vale Faces The Board.',
      'Tom Vale faced the board on Friday over the missing fuel money. Vale spoke for ten minutes.',
      'Vale called the board’s vote “a stitch-up.” Josh Brandt, a longtime harbor pilot, sat through the meeting without a word.',
      '“I will keep the boats running,” he said.',
    ].join('\n\n');
    expect(who(text, 'I will keep')).toMatchObject({ speaker: 'Tom Vale', mention: 'he' });
  });
});
