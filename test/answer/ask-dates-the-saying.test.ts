/**
 * Issue 13, precision: a day beside a reporting verb ("Quill said Thursday", "told the Courier on
 * Monday") dates the saying, not what is said. It answers a question about speech, never one about
 * the event the sentence reports (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { datesTheSaying } from '../../src/answer/ask/precision.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { recordOver, valueIn } from '../helpers/records.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'ferry.txt': ` date 2024-05-10

Dunmore ferry terminal shut

Councillor Mara Quill said Thursday the ferry terminal in Dunmore had closed for good.
`,
};

const index = useIndexOver(ARTICLES);

const answer = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

const saysOfDay = (q: string, text: string, day: string) =>
  datesTheSaying(analyseQuestion(q), recordOver(text, [valueIn(text, 'date', day)]), valueIn(text, 'date', day));

describe('a day beside a reporting verb', () => {
  it('does not answer when the reported event happened', () => {
    expect(answer('when did the dunmore ferry terminal close')).not.toBe('2024-05-09');
  });

  it('answers when it was said', () => {
    expect(answer('when did quill say the dunmore ferry terminal had closed')).toBe('2024-05-09');
  });

  it('is found before and after the verb, and after "told" and its listener', () => {
    const q = 'when did the ferry terminal close';
    expect(saysOfDay(q, 'Quill said on Thursday the terminal had closed.', 'Thursday')).toBe(true);
    expect(saysOfDay(q, 'Quill told the Courier on Monday the terminal had closed.', 'Monday')).toBe(true);
    expect(saysOfDay(q, 'Quill on Monday said the terminal had closed.', 'Monday')).toBe(true);
  });

  it('is found in the name of the programme the speaker talked to', () => {
    const q = 'when did the ferry terminal close';
    expect(saysOfDay(q, 'The terminal had closed, Quill said in an interview with “Harbor Report Sunday.”', 'Sunday')).toBe(true);
  });

  it('is not a day the event itself is given', () => {
    const q = 'when did the ferry terminal close';
    expect(saysOfDay(q, 'Quill said the terminal closed on Monday.', 'Monday')).toBe(false);
    expect(saysOfDay(q, 'The terminal closed Monday, Quill said.', 'Monday')).toBe(false);
  });

  it('still answers a question whose verb is one of speech', () => {
    expect(saysOfDay('what day did quill announce the closure', 'Quill said Thursday the terminal had closed.', 'Thursday')).toBe(false);
  });
});
