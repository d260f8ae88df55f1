/**
 * Issue 13, precision: a list's length answers "how many X" only when its items are Xs. A word for
 * what is counted standing beside a list of another kind ("delegates in Ohio and Iowa") counts none.
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'primary.txt': ` date 2024-04-20

Ruiz eyes the spring primaries

DENVER — Senator Marta Ruiz told supporters on Friday that she could still win enough delegates in Kansas and Nebraska to catch up with Governor Dana Lee before the convention.

Ruiz has campaigned in both states since March.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask counting a list', () => {
  it('does not count a list of states as delegates', () => {
    expect(askedValue(index(), 'how many delegates did ruiz win in the kansas primary')).toBe(null);
  });
});
