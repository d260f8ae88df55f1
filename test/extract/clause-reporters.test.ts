import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('the subject of a speech verb inside a clause', () => {
  it('is found across a time phrase between it and its verb', () => {
    const text = 'The ferry club has grown so fast that Mayor Ada Ruiz on Monday thanked its members “for their hard work” in a speech.';
    expect(who(text, 'for their hard work')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Mayor Ada Ruiz' });
  });

  it('is shared by a second speech verb joined to the first by "and", quoted words between them', () => {
    const text = 'The ferry club has grown so fast that Mayor Ada Ruiz thanked its members “for their hard work” and called the club “the heart of this town.”';
    expect(who(text, 'the heart of this town')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'Mayor Ada Ruiz' });
  });
});
