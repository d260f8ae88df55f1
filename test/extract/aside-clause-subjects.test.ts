import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a named subject with an aside set off by commas, before a verb introducing quoted words', () => {
  it('keeps its verb across an appositive', () => {
    const text =
      'Harbor plan.\n\nCorey Vale, the mayor\u2019s fired chief of staff, ripped Harbor Director Jo Lund for acting as \u201cthe judge and the jury\u201d in the pier affair.';
    expect(who(text, 'the judge and the jury')).toMatchObject({ speaker: 'Corey Vale', mention: 'Corey Vale' });
  });

  it('keeps its verb across a relative clause', () => {
    const text = 'Harbor plan.\n\nCouncillor Jo Lund, who chairs the harbor board, ripped the plan as \u201ca gift to the marina owners.\u201d';
    expect(who(text, 'a gift to the marina')).toMatchObject({ speaker: 'Jo Lund', mention: 'Councillor Jo Lund' });
  });

  it('keeps its verb across a short aside', () => {
    const text = 'Harbor plan.\n\nFormer Gov. Mike Hale, for his part, is labeling the plan \u201ca blatant abuse of power.\u201d';
    expect(who(text, 'a blatant abuse of power')).toMatchObject({ speaker: 'Mike Hale' });
  });
});
