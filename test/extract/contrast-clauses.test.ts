import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a clause opened by "while" after quoted words', () => {
  it('is no attribution of the words before it: they stay with the subject quoting them', () => {
    const text =
      'Harbor plan.\n\nCouncillor Jo Lund\u2019s office, for example, said she would \u201cback the plan\u201d but \u201cis not planning to fund it this year,\u201d while Mayor Ana Ribeiro and Councillor Tom Vale suggested they would offer only conditional support.';
    expect(who(text, 'is not planning to fund')).toMatchObject({ mention: 'Councillor Jo Lund\u2019s office' });
  });

  it('still attributes the words quoted inside it', () => {
    const text = 'Harbor plan.\n\nLund called the pier \u201ca relic,\u201d while Vale said it was \u201cworth saving.\u201d';
    expect(who(text, 'a relic')).toMatchObject({ speaker: 'Lund' });
    expect(who(text, 'worth saving')).toMatchObject({ speaker: 'Vale' });
  });
});
