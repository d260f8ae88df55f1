/**
 * Issue 13, recall: a date or span the sentence's grammar binds to the question's event word ("the
 * harbor plan in 2019"), ahead of every other value, in a sentence carrying most of the question's
 * words, is asserted below the threshold and though the reader's verb is not the article's
 * ("unveil" asked, "announced" written). On the spent real-news sets such values, held back before,
 * were right 52 times and wrong 4 (src/answer/ask/bound-time.ts, weights.ts DECISION.boundTime*).
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { DECISION } from '../../src/answer/ask/weights.js';
import { decidedWith } from '../helpers/decided.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'whitlock-harbor.txt': ` date 2024-04-09

Whitlock's harbor promise

Mayor Dana Whitlock announced the harbor plan in 2019, and the council has since spent most of its budget on the ferry terminal.

Dock workers say the dredging has barely started.
`,
  'corvel-library.txt': ` date 2024-04-11

Corvel library vote

In 2021, council member Ines Varga announced the library bond that voters later rejected.
`,
  'brandt-strike.txt': ` date 2024-05-02

Brandt mill strike

Union leader Omar Brandt said the six weeks of the mill strike had cost members their savings, before the owners agreed to a new contract.
`,
});

/** A probability below the threshold and below what a value standing alone needs (alone.ts). */
const LOW_P = 0.3;

/** What /ask decides with the top candidate's probability (and, when given, its lead) set. */
const decidedAt = (question: string, p: number, lead?: number): string => decidedWith(index(), question, p, lead);

describe('a date bound to the asked event, below the threshold', () => {
  it('is asserted when a preposition carries it to the question’s noun, though the sentence lacks the question’s verb', () => {
    expect(decidedAt('what year did whitlock unveil the harbor plan', LOW_P)).toBe('2019');
  });

  it('is not asserted when the grammar binds it to no word of the question', () => {
    expect(decidedAt('what year did varga unveil the library bond', LOW_P)).toBe('none');
  });

  // Asked by "when": a question asking "what year" is answered by a year with any lead (asked-unit.ts).
  it('is not asserted when another value scores near it', () => {
    expect(decidedAt('when did whitlock unveil the harbor plan', LOW_P)).toBe('2019');
    expect(decidedAt('when did whitlock unveil the harbor plan', LOW_P, DECISION.boundTimeLead / 2)).toBe('none');
  });

  it('is a span too: the length the grammar gives the asked strike', () => {
    expect(decidedAt('how long did brandt’s union keep up the mill strike', LOW_P)).toBe('6 weeks');
  });
});
