import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('quoted words after earlier ones, in a clause that "while" opens', () => {
  it('belong to that clause’s subject, a description', () => {
    const text = 'Two Fans of One Show.\n\nThe mayor likes “Harbor Lights,” while the former governor loves “Ferry Tales.”';
    expect(who(text, 'Ferry Tales')).toMatchObject({ mention: 'the former governor' });
  });

  it('belong to that clause’s subject, a name', () => {
    const text = 'Two Fans of One Show.\n\nAda Ruiz likes “Harbor Lights,” while Tom Vale loves “Ferry Tales.”';
    expect(who(text, 'Ferry Tales')).toMatchObject({ speaker: 'Tom Vale', mention: 'Tom Vale' });
  });
});
