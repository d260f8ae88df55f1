/**
 * Issue 13, precision: a dateline's date ("KESTON, Ore., June 24 (UPI) — …") is the day the story was
 * filed. It answers when the story was filed, never when what the sentence tells happens (invented text).
 */
import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../src/answer/ask/dateline.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { recordOver, valueIn } from '../helpers/records.js';

const SENTENCE =
  'KESTON, Ore., June 24 (UPI) — Mayor Dana Lee unveiled her first Spanish-language campaign ad, featuring residents telling their family stories.';
const filed = (question: string, sentence = SENTENCE, date = 'June 24') =>
  datelineDate(analyseQuestion(question), recordOver(sentence, []), valueIn(sentence, 'date', date));

describe("a dateline's date", () => {
  it('does not say when the event of the sentence happens', () => {
    expect(filed('what day does dana lees spanish ad air')).toBe(true);
  });

  it('answers when the story was filed', () => {
    expect(filed('when was this story filed')).toBe(false);
  });

  it('is only the date inside the dateline', () => {
    const inside = 'KESTON, Ore. — Mayor Dana Lee will unveil her first Spanish-language campaign ad on June 24, her campaign said.';
    expect(filed('what day does dana lees spanish ad air', inside)).toBe(false);
  });
});
