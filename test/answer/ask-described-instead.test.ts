/**
 * Issue 13, "outranked" on person questions asked by a description: "whats the peruvian presidents
 * full name", "who's the wh spokesman …". A likelier name stands in the sentences carrying the
 * question's words (a visitor named beside the president, a guest of the gala), while the text binds
 * the description to another name by a title or an apposition. The one person the articles describe
 * as the question does answers instead (src/answer/ask/decide.ts describedAnswer), and a title’s
 * capitalised words count by their initials ("White House" for "wh").
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedDescription } from '../../src/answer/ask/described.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'visit.txt': ` date 2024-05-14

The Velland Vice President Marla Quist flies to Lima for tariff talks

The Velland Vice President Marla Quist appeared deferential to the assertive Peruvian president during three hours of tariff talks on Monday.

The visit by Vice President Marla Quist to Lima, and her meetings with the Peruvian president over copper tariffs, ended without a deal.

The Peruvian President, Ramiro Vela Ortuzar, had threatened new copper tariffs in March.

Quist is expected to return in the autumn.
`,
  'gala.txt': ` date 2024-04-20

The river gala returns with a new host

Comedian Tobin Askew will host the river gala on Saturday, and Tobin Askew likes the gala more than most.

White House spokesman Dale Pruitt said the president enjoys the gala because most of his other speeches are grim.

Askew has hosted two late-night shows since 2019.
`,
};

const index = useIndexOver(ARTICLES);

describe('the one person described as the question asks wins over a likelier name', () => {
  it('answers with the name the title binds to the country and the role', () => {
    expect(askedValue(index(), 'whats the peruvian presidents full name')).toBe('Ramiro Vela Ortuzar');
  });

  it('reads the initials of a title’s capitalised words', () => {
    expect(askedValue(index(), 'who’s the wh spokesman talking about why the president likes the gala')).toBe('Dale Pruitt');
  });
});

describe('the description is the role noun and the words before it', () => {
  it('skips the "name" of "whats the name of", no title', () => {
    expect(askedDescription(analyseQuestion('whats the name of the peruvian ambassador who likes the envoy')).map((f) => f.term)).toEqual([
      'peruvian',
      'ambassador',
    ]);
  });
});
