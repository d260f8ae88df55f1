import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a subject opened by a possessive determiner', () => {
  it('speaks the words of a participle later in its sentence', () => {
    const text =
      'The campaign was ready to return fire. His chief aide doubled down on attacks on the mayor, saying she is experienced "on paper" but suggesting that might not be enough.';
    expect(who(text, 'on paper')).toMatchObject({ mention: 'His chief aide' });
  });
});
