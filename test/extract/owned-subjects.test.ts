import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a subject opened by a possessive determiner', () => {
  it('speaks the words of a participle later in its sentence', () => {
    const text =
      'The campaign meant to hit back. His top aide kept up the attacks on the mayor, calling her qualified "on paper" and hinting that paper would not suffice.';
    expect(who(text, 'on paper')).toMatchObject({ mention: 'His top aide' });
  });
});
