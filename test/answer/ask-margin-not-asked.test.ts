/**
 * Issue 13, precision: the figure after "by" in a clause that sets one side ahead of another ("Lee
 * bested Ruiz by about 5,000 votes") is the margin between two amounts, which answers only a
 * question about a gap or a change (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'primary.txt': ` date 2024-03-20

Lee takes Harwick County

In Harwick County, Mayor Dana Lee bested state Sen. Ana Ruiz by about 5,000 votes despite trailing in the suburbs.
`,
  'levy.txt': ` date 2024-04-11

Levy approved

The school levy was approved by 62 council members at a late session on Thursday.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask with a margin written "by" a figure', () => {
  it('does not give the margin as the votes one side got', () => {
    expect(askedValue(index(), 'how many votes did ana ruiz get in harwick county')).toBe(null);
  });

  it('gives the margin when the question asks by how much', () => {
    expect(askedValue(index(), 'by how many votes did dana lee beat ana ruiz in harwick county')).toBe(5000);
  });

  it('still counts those a passive "by" names', () => {
    expect(askedValue(index(), 'how many council members approved the school levy')).toBe(62);
  });
});
