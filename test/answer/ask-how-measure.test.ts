/** Issue 13, recall: "how fast", "how low", "how little" ask for an amount the adjective only names. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'ferry.txt': ` date 2024-06-03

Harbor ferry fares and riders

Ridership on the Brackwell harbor ferry is growing 12 percent a year, the port authority said.

Winter ridership fell 8 percent after the storm closed the north pier.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('/ask: "how" with an adjective of amount (issue 13)', () => {
  it('reads the adjective as the kind of amount, not a word the sentence must use', () => {
    const q = analyseQuestion('how fast is ferry ridership growing');
    expect(q.wants).toEqual({ types: ['percent', 'number'] });
    expect(q.focus.find((f) => f.term === 'fast')?.weak).toBe(true);
  });

  it('answers a rate asked with "how fast"', () => {
    expect(answer('how fast is ferry ridership growing')).toBe(12);
  });

  it('answers a fall asked with "how far"', () => {
    expect(answer('how far did winter ridership fall')).toBe(8);
  });

  it('leaves "how" with any other adjective a question for a passage', () => {
    expect(analyseQuestion('how bad is the ferry service').wants).toBe('statement');
  });
});
