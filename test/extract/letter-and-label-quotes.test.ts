import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

const quoted = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

describe('quoted marks too short to be anyone’s words', () => {
  it('drops a lone letter', () => {
    const text = 'Most voters in Castlebrook simply tick the box for “A,” or “B,” according to Okafor, who studies ballots.';
    expect(quoted(text)).toEqual([]);
  });

  it('drops one word and a colon alone on its line', () => {
    const text = 'Okafor said the fares were “too high for families.”\n\n"Further:"\n\nCity Council Debates Fare Cuts.';
    expect(quoted(text)).toEqual(['too high for families.']);
  });
});
