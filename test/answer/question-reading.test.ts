/** Issue 4: question reading that generalises beyond the tuned sets (invented phrasings only). */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { verbStem } from '../../src/nlp/lemma.js';

const focus = (q: string) => analyseQuestion(q).focus;
const term = (q: string, t: string) => focus(q).find((f) => f.term === t);

describe('question reading (issue 4)', () => {
  it('reads a modifier between "which" and the type noun', () => {
    expect(analyseQuestion('which coastal towns are on the list').wants).toEqual({ types: ['place'] });
    expect(analyseQuestion('which tech companies signed up').plural).toBe(true);
  });

  it('keeps the verb inside an -ed or -ing word and weakens relation verbs read that way', () => {
    expect(verbStem('planned')).toBe('plan');
    expect(verbStem('asking')).toBe('ask');
    expect(term('how many towns are affected', 'affected')?.weak ?? term('how many towns are affected', 'affect')?.weak).toBe(true);
    expect(term('how many houses were planned', 'planned')?.alts ?? term('how many houses were planned', 'plan')?.alts).toBeDefined();
  });

  it('reads a contraction typed with its apostrophe like the same words typed without it', () => {
    expect(analyseQuestion("who's the harbor master").wants).toEqual(analyseQuestion('whos the harbor master').wants);
    expect(analyseQuestion('who\u2019s the harbor master').wants).toEqual({ types: ['person', 'organization'] });
    expect(analyseQuestion("who is Reyes's deputy").head).toBe('deputy');
  });

  it('asks for a span of time when it names a length or duration', () => {
    expect(analyseQuestion('whats the curfew length').wants).toEqual({ types: ['duration'] });
    expect(analyseQuestion('what is the duration of the closure').wants).toEqual({ types: ['duration'] });
  });

  it('takes the last owned noun of a chain', () => {
    expect(analyseQuestion("where are the mayor's wife's parents from").head).toBe('parent');
  });

  it('does not require a light verb whose object the question names', () => {
    expect(term('when did the minister give that speech', 'give')?.weak).toBe(true);
    expect(term('how much did the minister give', 'give')?.weak).toBe(false);
  });

  it('marks the modifier of a plain two-word compound only', () => {
    expect(term('when was the curfew order lifted', 'curfew')?.modifierOf).toBe('order');
    expect(term('how much does a parking permit fee cost', 'parking')?.modifierOf).toBeUndefined();
  });

  it('reads "how much of" as a share', () => {
    expect(analyseQuestion('how much of the damage will insurance pay').wants).toEqual({ types: ['percent', 'money', 'number'] });
  });
});
