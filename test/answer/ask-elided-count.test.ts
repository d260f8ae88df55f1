/**
 * Issue 13, recall: "Lee won 18 first-place votes, Ortiz got seven": a bare number after a count of
 * its sentence counts the same thing, though the writer did not repeat the noun.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { withDescription } from '../../src/answer/ask/slot.js';
import { factsOf } from '../../src/answer/match.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'ballot.txt': ` date 2024-03-09

Varga leads the Brackwell straw ballot

In the weekly straw ballot of party officers, Ines Varga won 18 first-place votes, Paul Okafor got seven and Dana Whitfield got three.

The 40 officers meet again at the Route 66 diner on Friday.
`,
};

const index = useIndexOver(ARTICLES);

const numberIn = (words: string, n: number) => {
  const r = factsOf(index(), 'ballot').find((f) => f.statement.includes(words));
  const v = r?.values.find((x) => x.type === 'number' && x.normalized === n);
  if (!r || !v) throw new Error(`no ${n} in ${words}`);
  return withDescription(r, v).context ?? [];
};

const answerValue = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('/ask: a bare number counts what the count before it in its sentence counts (issue 13)', () => {
  it('binds the noun of the earlier count to the bare numbers after it', () => {
    expect(numberIn('Okafor got seven', 7)).toContain('vote');
    expect(numberIn('Whitfield got three', 3)).toContain('vote');
  });

  it('answers a count asked of the name the bare number goes with', () => {
    expect(answerValue('how many first-place votes did okafor get')).toBe(7);
  });

  it('binds nothing to a number a name labels', () => {
    expect(numberIn('Route 66', 66)).not.toContain('officer');
  });
});
