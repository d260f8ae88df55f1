/**
 * Issue 13, recall: "what fee did the bank get", "whats the minimum wage she backs" ask for an
 * amount of money by the noun that names it, as "how much" does; the answer is the amount, not a
 * passage (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'merger.txt': ` date 2024-05-14

Harbor Foods merger closes

Brightwater Partners, which advised Harbor Foods on the merger, collected a $12 million fee, according to a filing on Monday.

Governor Ana Pruitt said she supports a $14 minimum wage for state contractors, up from the current $11.
`,
});

describe('a noun that names an amount of money', () => {
  it('makes "what fee", "what minimum wage" and "whats the rent" questions for money', () => {
    for (const q of ['what fee did brightwater get', 'what minimum wage does pruitt support', 'whats the monthly rent at the new office']) {
      const wants = analyseQuestion(q).wants;
      expect(wants === 'statement' ? [] : wants.types, q).toEqual(['money']);
    }
  });

  it('answers "what fee" with the amount the sentence states', () => {
    const a = ask(index(), 'what fee did brightwater partners collect on the harbor foods merger');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('USD 12000000');
  });

  it('answers "what minimum wage" with the amount she supports', () => {
    const a = ask(index(), 'what minimum wage does governor pruitt support for contractors');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('USD 14');
  });
});
