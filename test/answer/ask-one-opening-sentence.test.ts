/**
 * Issue 13, precision: a sentence that opens with "One" and a noun ("One Ashford delegate said …")
 * brings in one member of a group to tell of them and says nothing of how many there are (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'convention.txt': ` date 2024-07-12

Delegates look for guests

One Ashford delegate spent Tuesday handing spare convention badges for the Marlow gathering to neighbours, and most of them declined.
`,
  'council.txt': ` date 2024-05-03

Council tallies its votes

The Marlow town council has only one independent member, the clerk said on Thursday.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask with a sentence opening on "One"', () => {
  it('does not count the delegate a sentence opens with as all the delegates', () => {
    expect(askedValue(index(), 'how many delegates are at the marlow convention')).toBe(null);
  });

  it('still counts "only one" member inside a sentence', () => {
    expect(askedValue(index(), 'how many independent members does the marlow town council have')).toBe(1);
  });
});
