/**
 * Issue 13, precision: "one" that picks a member of a group ("one of his boats") names one thing of
 * several and says nothing of how many.
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'harbor.txt': ` date 2024-05-02

Correction on the Kessler harbor story

Because of an editing error, an article on Tuesday about shipping magnate Alma Kessler misstated the name of the shipyard that refitted one of her tugboats.
`,
  'council.txt': ` date 2024-05-03

Council tallies its votes

The Marlow town council has only one independent member, the clerk said on Thursday.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask with "one" of a group', () => {
  it('does not count a tugboat picked from her fleet as the size of the fleet', () => {
    expect(askedValue(index(), 'how many tugboats does alma kessler own')).toBe(null);
  });

  it('still counts "only one" member', () => {
    expect(askedValue(index(), 'how many independent members does the marlow town council have')).toBe(1);
  });
});
