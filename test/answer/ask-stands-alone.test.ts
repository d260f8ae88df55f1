/**
 * Issue 13, recall: a value no other value comes near, in a sentence carrying most of the
 * question's words and the relation asked about, is asserted below the threshold and though the
 * sentence lacks one of the question's words ("branch" asked, "library" written). On the spent
 * real-news sets such values, held back before, were right far more often than wrong
 * (src/answer/ask/weights.ts DECISION.alone* and alone.ts say what was measured). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { standsAlone } from '../../src/answer/ask/alone.js';
import { score } from '../../src/answer/ask/score.js';
import type { Scored } from '../../src/answer/ask/types.js';
import { DECISION, SCORER } from '../../src/answer/ask/weights.js';
import { decidedWith } from '../helpers/decided.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'riverton-library.txt': ` date 2024-05-10

Riverton library plans

Board chair Lena Okafor will open 3 new reading rooms at the Riverton library in the spring.

The rooms replace a storage wing.
`,
  'harlow-garden.txt': ` date 2024-05-12

Harlow museum garden

Acme Corp will build the new garden at the Harlow museum.

The Linden Gazette, a weekly paper, first reported the Harlow museum garden plan.
`,
});

/** What /ask decides with the top candidate's probability (and, when given, its lead) set. */
const decidedAt = (question: string, p: number, lead?: number): string => decidedWith(index(), question, p, lead);

function questionOf(question: string) {
  const prepared = prepare(index(), question);
  if (!('question' in prepared)) throw new Error(`no question read from ${question}`);
  return prepared.question;
}

/** The top candidate as scored for a question. */
function topOf(question: string): Scored {
  const prepared = prepare(index(), question);
  if (!('question' in prepared)) throw new Error(`no question read from ${question}`);
  const [top] = score(candidates(prepared.question, prepared.retrieved, prepared.termsOf));
  if (!top) throw new Error(`no candidate for ${question}`);
  return top;
}

describe('a value standing alone in a sentence with most of the question', () => {
  const below = (DECISION.aloneP + SCORER.threshold) / 2;

  it('is held to a probability below the threshold', () => {
    expect(DECISION.aloneP).toBeLessThan(SCORER.threshold);
  });

  it('is asserted below the threshold though the sentence lacks a word of the question', () => {
    expect(decidedAt('how many reading rooms will the riverton branch open', below)).toBe('3');
    expect(decidedAt('who will open the reading rooms at the riverton branch', below)).toBe('Lena Okafor');
  });

  it('is asserted by the missing-word gate too, which holds others to a higher probability and lead', () => {
    expect(decidedAt('how many reading rooms will the riverton branch open', (SCORER.threshold + DECISION.missingWordP) / 2)).toBe('3');
  });

  it('is not asserted when another value scores near it', () => {
    expect(decidedAt('how many reading rooms will the riverton branch open', below, DECISION.aloneLead - 1)).toBe('none');
  });

  it('is not asserted when the sentence lacks more of the question', () => {
    expect(decidedAt('how many reading rooms will the riverton branch open in its east wing', below)).toBe('none');
  });

  it('is not asserted when the sentence lacks the verb asked about', () => {
    expect(decidedAt('who will close the reading rooms at the riverton library', below)).toBe('none');
  });

  it('leaves an organisation to the other gates', () => {
    expect(decidedAt('which firm will build the new garden at the harlow gallery', below)).toBe('none');
  });

  it("asserts an organisation the question's type noun is bound to, though the sentence lacks the question's verb", () => {
    expect(decidedAt('which paper broke the harlow museum garden plan', below)).toBe('Linden Gazette');
  });

  it("takes a count of the noun the question counts for the question's verb the sentence lacks", () => {
    // A count question whose verb the clause lacks loses the number before scoring (countsTheAction);
    // the rule matters where the question holds a second verb, or a name read as one ("could trump snatch").
    const top = topOf('how many reading rooms will the riverton library open to patrons');
    const q = questionOf('how many reading rooms will the riverton library build');
    expect(top.features.counted).toBe(1);
    expect(standsAlone(q, { ...top, p: below }, DECISION)).toBe(true);
    expect(standsAlone(q, { ...top, p: below, features: { ...top.features, counted: 0 } }, DECISION)).toBe(false);
  });

  it('is not asserted under its own probability', () => {
    expect(decidedAt('how many reading rooms will the riverton branch open', DECISION.aloneP - 0.05)).toBe('none');
  });
});
