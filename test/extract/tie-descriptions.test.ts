import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a source described by its tie to someone or something', () => {
  it('is the whole phrase after an inverted cue, not the words before "to"', () => {
    const text = '"The bridge money is gone for this year," said a source close to Mayor Tamsin Ekwueme.';
    expect(who(text, 'The bridge money')).toMatchObject({ speaker: 'a source close to Mayor Tamsin Ekwueme', cue: 'said' });
  });

  it('is the whole phrase when it opens the sentence, not the words before "with"', () => {
    const text = 'A person familiar with the harbor talks said, "Nobody is signing anything before spring."';
    expect(who(text, 'Nobody is signing')).toMatchObject({ speaker: 'a person familiar with the harbor talks' });
  });

  it('keeps a description without such a tie as it is', () => {
    const text = '"We were told nothing at all," said one official in the clerk\'s office.';
    expect(who(text, 'We were told')?.speaker).not.toMatch(/ with | to /);
  });

  it('does not run on into a pronoun', () => {
    const text = 'Renata Ilves sat on the council for years. "I have seen this before," said a colleague close to her.';
    expect(who(text, 'I have seen')?.speaker).toBe('a colleague close');
  });
});

describe('a source tied to a named official', () => {
  it('is not that official', () => {
    const text = 'Governor Ada Lindqvist signed the levy on Monday. "She will not sign another one before the election," said a source close to the governor.';
    const q = who(text, 'She will not sign');
    expect(q).toMatchObject({ speaker: 'a source close to the governor' });
  });
});
