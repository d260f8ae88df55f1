import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('an opening quote mark written with no space after the comma', () => {
  it('leaves the speech verb before it a verb', () => {
    const text = 'Dana Pell spoke after the vote.\n\nPell said,“Look, the levy has no place in this budget. We have to fix that.”';
    expect(who(text, 'Look, the levy')).toMatchObject({ speaker: 'Dana Pell', mention: 'Pell' });
  });
});

describe('a closing quote mark written with no space before the speaker', () => {
  it('leaves the name after it the subject of the cue', () => {
    const text = 'Dana Pell spoke after the vote.\n\n“The levy has no place in this budget and the council knows it,”Pell said. “We have to fix that.”';
    expect(who(text, 'The levy has')).toMatchObject({ speaker: 'Dana Pell', mention: 'Pell' });
  });
});
