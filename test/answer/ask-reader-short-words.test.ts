/**
 * Issue 13, recall: a reader types a shorter word ("ex", "prof") than the one news writes
 * ("former", "professor"); the question's word matches it (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'race.txt': ` date 2024-03-02

Endorsements pile up in Velland mayoral race

Former Velland Gov. Ana Ruiz is endorsing Pete Lund for mayor.

State Rep. Dale Okoro endorsed Lund on Friday, calling him a steady hand.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe("a reader's shorter word", () => {
  it('matches "ex" with "former"', () => {
    expect(answerTo('which ex velland governor endorsed lund')).toBe('Ana Ruiz');
  });
});
