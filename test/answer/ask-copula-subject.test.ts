/**
 * Round 36, recall: a value stated as the complement of a copula whose subject is what the question
 * asks about ("The busiest judge on the county bench is Marta Okonkwo" for "who is the busiest
 * judge") takes the subject's words as its own description, so the role and type-noun checks see
 * them, and carries the copula feature the scorer weighs (src/answer/ask/copula.ts, weights.ts
 * SCORER.weights.copula). An aside between subject and copula is skipped; a subject whose modifier
 * disagrees with the question's, a negation, a comparison, a quotation and a conditional bind
 * nothing. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { decidedWith } from '../helpers/decided.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'bench.txt': ` date 2024-03-02

Caseloads pile up at the Marlow County courthouse

The busiest judge on the county bench is Marta Okonkwo, who heard 2,100 cases last year.

The county's longest-serving clerk is not Ivo Brandt, despite what his campaign flyers claim.

The clerks' old overtime threshold, set in 1998, was $12,400 a year.

The clerks' new overtime threshold is $31,500, higher than the neighbouring county's.

Court fees were higher than $400 for most tenants, the report found.

"The fairest magistrate in this building is Hal Verrin," one bailiff said.

If the reform passes, the next chief magistrate will be Lena Sorby, the governor's aide said.

The sitting justice who is least friendly to unions is Sam Ortega, a former prosecutor.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

/** The copula feature of the question's candidates, by value. */
function copulaOf(question: string): Record<string, number> {
  const p = prepare(index(), question);
  if (!('question' in p)) throw new Error(`no question read from ${question}`);
  return Object.fromEntries(candidates(p.question, p.retrieved, p.termsOf).map((c) => [String(c.value.normalized), c.features.copula]));
}

describe('a value after a copula whose subject the question asks about', () => {
  it('answers a role the sentence gives only as the subject of "is"', () => {
    expect(answerTo('who is the busiest judge on the county bench')).toBe('Marta Okonkwo');
  });

  it('skips an aside between the subject and the copula, and tells the old figure from the new', () => {
    expect(copulaOf('how much was the clerks old overtime threshold')).toMatchObject({ 'USD 12400': 1, 'USD 31500': 0 });
    expect(copulaOf('how much is the clerks new overtime threshold')).toMatchObject({ 'USD 12400': 0, 'USD 31500': 1 });
  });

  it('is asserted below the threshold though its sentence leaves a word of the question to the article', () => {
    // "on the court": the sentence says "sitting justice", not the court.
    expect(decidedWith(index(), 'who is the least union friendly justice on the court', 0.3)).toBe('Sam Ortega');
  });

  it('binds nothing after a negation or a comparison', () => {
    expect(answerTo('who is the county’s longest-serving clerk')).toBeNull();
    expect(copulaOf('how much were court fees for most tenants')).toMatchObject({ 'USD 400': 0 });
  });

  it('binds nothing inside a quotation or in a conditional sentence', () => {
    expect(copulaOf('who is the fairest magistrate in the building')['Hal Verrin'] ?? 0).toBe(0);
    expect(copulaOf('who will be the next chief magistrate')['Lena Sorby'] ?? 0).toBe(0);
  });
});
