/**
 * Issue 13, recall ("sentence lacks a word"): a passage giving the asked person's words often
 * leaves the topic to the sentence before it in the same paragraph ("The board raised water rates
 * in March. On Monday, Mayor Varga said the increase …"). Such a passage answers "what did Varga say
 * about …" when that sentence carries the words it leaves out and it carries most of the question
 * itself; a topic told in another paragraph lends it nothing (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedPassage, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'rates.txt': ` date 2024-05-14

Dunmore water board raises rates for the third time

The Dunmore water board raised water rates again in March. On Monday, Mayor Ines Varga said the increase fell hardest on renters and pensioners.

The harbor board raised its mooring fees by a fifth last year.

On Tuesday, Councillor Tom Reyes said the increase was long overdue.
`,
});

const passageOf = (q: string): string | null => askedPassage(index(), q);

describe("/ask: the asked person's words, their topic named in the sentence before", () => {
  it('answers "what did X say about …" with the passage that leaves the topic to the sentence before it', () => {
    expect(passageOf('what did varga say about the water rate increase')).toContain('fell hardest on renters');
  });

  it('lends a passage nothing from a sentence of another paragraph', () => {
    expect(passageOf('what did reyes say about the mooring fee increase')).toBeNull();
  });
});
