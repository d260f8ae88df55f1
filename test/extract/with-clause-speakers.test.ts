import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"with" and a phrase before a participle of speech', () => {
  const text = [
    'Court Race Turns Sharp.',
    'Ruiz and her backers tried to tie Vale to the governor, with a new television ad asking, “Is Tom Vale independent enough to sit on the court?”',
    'Ruiz kept up the pressure, with her allies calling the ruling “a farce” on Monday.',
  ].join('\n\n');

  it('gives a full quotation opened by the participle to the phrase after "with"', () => {
    expect(who(text, 'Is Tom Vale')).toMatchObject({ speaker: 'a new television ad', mention: 'a new television ad' });
  });

  it("leaves a few quoted words inside the participle's clause to the sentence's subject", () => {
    expect(who(text, 'a farce')).toMatchObject({ speaker: 'Ruiz', mention: 'Ruiz' });
  });
});
