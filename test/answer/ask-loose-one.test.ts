/**
 * Issue 13, precision: the word "one" stands for a thing far more often than it counts one ("one of
 * its strongest gains"); read as the figure 1 it answers only a question that counts what it counts.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { looseOne } from '../../src/answer/ask/precision.js';
import type { TypedValue } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'krona.txt': ` date 2024-05-02

Krona rallies as exporters cheer

Traders say the krona has posted one of its best gains in a decade against the euro.

The levy bill has one Democratic cosponsor, Senator Ines Varga.
`,
};

const index = useIndexOver(ARTICLES);

const number = (text: string, normalized: number): TypedValue => ({ type: 'number', text, start: 0, end: text.length, normalized });

describe('"one" as a figure', () => {
  it("is loose unless it counts the question's noun", () => {
    expect(looseOne(number('one', 1), 0)).toBe(true);
    expect(looseOne(number('one', 1), 1)).toBe(false);
    expect(looseOne(number('1', 1), 0)).toBe(false);
    expect(looseOne(number('two', 2), 0)).toBe(false);
  });

  it('does not answer how much something gained with the "one" of "one of its strongest gains"', () => {
    const a = ask(index(), 'how much has the krona gained');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).not.toBe(1);
  });

  it('still counts one cosponsor', () => {
    const a = ask(index(), 'how many democratic cosponsors does the levy bill have');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe(1);
  });
});
