/**
 * Issue 13, recall (no article): a reader types the short form of a word the article writes out
 * ("state dept", "wall st", "the eu", "dr voss", "the georgia senator" for "(R-Ga.)", "nbc/wsj"),
 * and the question still reaches the article that states the answer. A short form stands only for
 * its own words: an article that uses none of them is still not retrieved (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/ask/analyse.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'levy.txt': ` date 2024-03-02

Brussels fines Ferro over harbor levy

The European Union fined the shipping firm Ferro Lines $3 billion on Tuesday over unpaid harbor levies.

The State Department said on Wednesday that 14 diplomats had raised the levy with Brussels.

Sen. Dale Pruitt (R-Ga.) called the fine "a shakedown" in a statement on Thursday.

Ferro's chairwoman, Mira Voss, said on Friday that 40 ships would be idled.

A Caldera News/Harbor Times poll of 1,200 adults found 38 percent backed the fine.
`,
  'parade.txt': ` date 2024-03-03

Velland parade returns

About 4,000 people lined Harbor Street in Velland on Sunday, Sept. 8, for the parade, organizers said.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe("/ask: a reader's short forms reach the article", () => {
  it('reads "eu" as the European Union', () => {
    expect(answerTo('how big was the eu fine on ferro lines')).toBe('USD 3000000000');
  });

  it('reads "state dept" as the State Department', () => {
    expect(answerTo('how many diplomats did the state dept say raised the levy')).toBe(14);
  });

  it('reads a state as the party tag news writes after a lawmaker ("georgia senator" for "R-Ga.")', () => {
    expect(answerTo('which georgia senator called the fine a shakedown')).toBe('Dale Pruitt');
  });

  it('does not hold a passage to an honorific the reader puts before a name ("dr voss")', () => {
    expect(answerTo('how many ships did dr voss say would be idled')).toBe(40);
  });

  it('reads two names typed with a slash as both names, written apart in the article', () => {
    expect(answerTo('how many adults did the caldera/harbor poll survey')).toBe(1200);
  });

  it('respells no short form into another word the coverage uses ("dept" is not "sept")', () => {
    const focus = analyse(index(), 'whos the state dept spokesman').focus.map((f) => f.term);
    expect(focus).toContain('dept');
  });

  it('still retrieves no article for a short form whose words no article uses', () => {
    expect(answerTo('how big was the uk fine on ferro lines')).toBeNull();
  });
});
