import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"As X put it" opening a sentence', () => {
  it('gives the words to X when X is a bare name', () => {
    const text = 'The ferry is late again.\n\nAs Pell put it, “Hello, it is the ferry, an hour late as ever.”';
    expect(who(text, 'Hello, it is')).toMatchObject({ speaker: 'Pell' });
  });
});
