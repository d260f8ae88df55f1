import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"she said" after quoted words of its own sentence', () => {
  it('never points to a person the sentence names before the words', () => {
    const text = [
      'Backers Hold Out Against the Mayor.',
      'Many of Tom Vale’s supporters say they will not back Mayor Ada Ruiz in the fall. Ruiz has said she wants their votes.',
      'Nora Jansen, a Vale supporter from Linden, is one of the voters who say they will never back Ruiz. Vale’s run was her first taste of politics, and she doubts Ruiz can take on the issues that Vale raised.',
      'Choosing between Ruiz and Vale is a “false choice, because it is a choice between Ruiz, Okafor and Dr. Lena Marsh at the very least,” she said.',
    ].join('\n\n');
    expect(who(text, 'false choice')).toMatchObject({ speaker: 'Nora Jansen', mention: 'she' });
  });

  it('can point to a person introduced with an appositive the tagger does not know the name of', () => {
    const text = [
      'Backers Hold Out.',
      'Mayor Ada Ruiz wants their votes this fall.',
      'Zorinne Kalbak, a Vale supporter from Linden, will never back Ruiz.',
      '“I will vote for Marsh if Vale is not on the ballot,” she said.',
    ].join('\n\n');
    expect(who(text, 'I will vote')).toMatchObject({ speaker: 'Zorinne Kalbak', mention: 'she' });
  });
});
