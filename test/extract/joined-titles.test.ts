import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

const quoted = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

describe('a capitalised title joined to a title before it', () => {
  it('is not a quotation after "and"', () => {
    const text = 'Pellam, who has starred in “Harbor Lights” and “Keepers of the Lamp,” posted the video on Friday. “It took one take,” he said.';
    expect(quoted(text)).toEqual(['It took one take']);
  });

  it('leaves coordinated slogans that no title opens quotations', () => {
    const text = 'Supporters chanted “Fair Fares” and “Open Roads” as Okafor spoke in Castlebrook.';
    expect(quoted(text)).toEqual(['Fair Fares', 'Open Roads']);
  });
});

describe('a title after "the tune of"', () => {
  it('is not a quotation', () => {
    const text =
      'Critic Ana Pellam will be interviewed about a cable drama showing a wedding set to the tune of “Morning on the River.”\n\nReporter Jo Venn will talk about the vote.';
    expect(quoted(text)).toEqual([]);
  });
});
