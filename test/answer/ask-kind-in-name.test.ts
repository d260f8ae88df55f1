/** Issue 13: a name carrying the words of the kind asked for is the answer, not what the question is about (invented names). */
import { describe, expect, it } from 'vitest';
import { valueBonus } from '../../src/answer/rank.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';

const org = (name: string): TypedValue => ({ type: 'organization', text: name, start: 0, end: name.length, normalized: name });

describe('a name holding the word before the kind asked for', () => {
  it('answers "which law school" with a school of law', () => {
    expect(valueBonus(analyseQuestion('which law school is penhallow at'), org('Marrow College School of Law'), false)).not.toBeNull();
  });

  it('still leaves out a name made of what the question asks about', () => {
    expect(valueBonus(analyseQuestion('which law school is penhallow at'), org('Penhallow Trust'), false)).toBeNull();
  });
});
