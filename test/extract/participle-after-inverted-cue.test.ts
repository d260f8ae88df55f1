import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle after an inverted cue ("…," said Vale, adding that "…")', () => {
  it('shares the inverted speaker, not a pronoun opening the earlier quotation', () => {
    const text =
      'Harbor plan.\n\nMayor Jo Lund wants the pier. \u201cShe is wrong about the pier,\u201d said Rep. Tom Vale at the time, adding that \u201cwe have voted against it for years.\u201d';
    expect(who(text, 'we have voted against')).toMatchObject({ speaker: 'Tom Vale', mention: 'Rep. Tom Vale' });
  });

  it('keeps the subject written before the cue', () => {
    const text = 'Harbor plan.\n\n\u201cThey will not listen,\u201d Vale said, adding that \u201cthe pier is a waste.\u201d';
    expect(who(text, 'the pier is a waste')).toMatchObject({ speaker: 'Vale' });
  });
});
