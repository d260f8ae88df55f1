/**
 * Issue 13, recall: a question in the word order of a statement puts its question word where the
 * answer stands, late in the question ("marisol quintero-vance is a lawyer at what firm", "tobiah
 * renwick used to be governor of where"). Read only among the first words, such a question asked
 * for a passage holding every word, and the sentence giving the value rarely holds "firm" or
 * "where" (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'suit.txt': ` date 2024-09-14

Miners sue over lost pensions in Dravenor

"The pensions were promised for life," said Marisol Quintero-Vance, a lawyer at Pell & Orrin, who represents the retired miners.

Halvard Brisk, who served as director of the Dravenor Pension Agency and now teaches economics, called the case a test of the state's promises.

Tobiah Renwick, a senator from Carvala, said he would hold hearings in the spring.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a question word late in the question (issue 13)', () => {
  it('reads the kind asked from "what X", "where" and "how long" standing late', () => {
    expect(analyseQuestion('marisol quintero vance is a lawyer at what firm').wants).toEqual({ types: ['organization'] });
    expect(analyseQuestion('tobiah renwick is a senator from where').wants).toEqual({ types: ['place'] });
    expect(analyseQuestion('the miners say the pensions were promised to them for how long').wants).toEqual({ types: ['duration'] });
  });

  it('reads "where", "when" and "who" after a noun as a relative clause, asking nothing', () => {
    expect(analyseQuestion('did the miners lose the case in the town where renwick grew up').wants).toBe('statement');
  });

  it('keeps the kind a question word among the first words asks for', () => {
    expect(analyseQuestion('which club ran the big survey on how many members retired').wants).toEqual({ types: ['organization'] });
  });

  it('answers with the value the sentence states', () => {
    expect(answerTo('marisol quintero vance is a lawyer at what firm')).toBe('Pell & Orrin');
    expect(answerTo('halvard brisk used to be director of what agency')).toBe('Dravenor Pension Agency');
    expect(answerTo('tobiah renwick is a senator from where')).toBe('Carvala');
  });
});
