import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a paragraph that is only a quotation, after a sentence reporting someone speaking', () => {
  it('is heard from a person the sentence says spoke, not from its subject', () => {
    const text = [
      'Ruiz Stays Vague on Ferries.',
      'Mayor Ada Ruiz said on Tuesday that she would not cut the ferry service.',
      'What that promise means is anyone’s guess, since Ruiz spoke only in slogans during the debate.',
      '“We will keep the boats running.”',
      '“We will find the money.”',
    ].join('\n\n');
    expect(who(text, 'We will keep')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Ruiz' });
    expect(who(text, 'We will find')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Ruiz' });
  });

  it('is heard from the person who reports a paraphrase, not from its subject', () => {
    const text = ['Vale Wins the Harbor Vote.', 'Tom Vale won the harbor vote by a wide margin, Mayor Ada Ruiz said.', '“It was never close.”'].join('\n\n');
    expect(who(text, 'It was never close')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Mayor Ada Ruiz' });
  });

  it('is heard from a subject set apart by an aside before a verb of speaking', () => {
    const text = [
      'Ruiz Snaps at a Heckler.',
      'A heckler asked Mayor Ada Ruiz about the ferry money.',
      'Ruiz, clearly annoyed, responded by pointing at the crowd, saying the money was safe.',
      '“I am tired of hearing this. The money is there.”',
    ].join('\n\n');
    expect(who(text, 'I am tired')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Ruiz' });
  });
});
