/**
 * Issue 13, precision: "turnout was up 70 percent from 2008" measures a change from 2008; the year
 * is no answer to "when was the primary" (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'turnout.txt': ` date 2024-03-02

Harbor County turnout

Turnout in the Harbor County primary was up more than 70 percent from 2008, officials said.

The county's ferry levy first passed in 2012 after a long campaign by the wardens.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a year a change is measured from', () => {
  it('does not answer when the primary was held', () => {
    expect(answerTo('when was the harbor county primary')).not.toBe('2008');
  });

  it('leaves the year of what happened as the answer', () => {
    expect(answerTo('when did the ferry levy first pass in harbor county')).toBe('2012');
  });
});
