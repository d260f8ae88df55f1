/**
 * Issue 13, recall (below threshold): words a question holds that no sentence need hold. A
 * pronoun's contraction typed without its apostrophe ("now that shes retired") is no word of the
 * question, and a phrasal verb's particle ("end up losing") belongs to its verb, which a sentence
 * may state by another verb alone; after a light verb ("made up of") the particle carries the
 * meaning and stays (invented questions).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';

const focusOf = (q: string) => analyseQuestion(q).focus;

describe('question words no sentence need hold', () => {
  it('reads a contraction typed without its apostrophe as the words it stands for', () => {
    expect(focusOf('how old is dana okoro now that shes retired').map((f) => f.term)).not.toContain('shes');
    expect(focusOf('what did okoro say hed do about the ferry').map((f) => f.term)).not.toContain('hed');
  });

  it("reads a phrasal verb's particle as weak", () => {
    expect(focusOf('what month did okoro end up losing the harbour vote').find((f) => f.term === 'up')?.weak).toBe(true);
  });

  it('keeps the particle of a light verb ("made up of")', () => {
    expect(focusOf('which towns is the velland district made up of').find((f) => f.term === 'up')?.weak).toBe(false);
  });
});
