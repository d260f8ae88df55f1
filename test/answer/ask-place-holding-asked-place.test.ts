/**
 * Issue 13, precision: "where is the funeral" against "held at Alder Chapel in Brookmere": the
 * sentence names the very place, then the town that holds it. The town asserted alone answers a
 * coarser question than a plain "where"; a question asking for a town, or naming the inner place,
 * still gets it (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'funeral.txt': ` date 2024-10-03

Brookmere mourns a harbour pilot

A funeral service for Dana Lee's father will be held at Alder Chapel in Brookmere on Friday.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => askedValue(index(), q);

describe('a town that holds the named place a plain "where" asks about', () => {
  it('is not asserted for that place', () => {
    expect(answer('where is the funeral being held')).not.toBe('Brookmere');
  });

  it('answers a question asking for the town', () => {
    expect(answer('what town is the funeral in')).toBe('Brookmere');
  });

  it('answers a question that names the inner place', () => {
    expect(answer('where is alder chapel')).toBe('Brookmere');
  });
});
