/**
 * Issue 13, precision: a dateline's place ("BRISK, N.H. -- …") is the town the reporter wrote from.
 * It answers where the story was filed, or which city, never a bare "where was the party": the
 * sentence after it says where the event was (invented text).
 */
import { describe, expect, it } from 'vitest';
import { datelineOnly } from '../../src/answer/ask/dateline.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const SENTENCE = 'BRISK, N.H. -- The Halvard Club is hosting a watch party at the Corlis Inn downtown.';
const only = (question: string, sentence = SENTENCE, name = 'BRISK, N.H') =>
  datelineOnly(analyseQuestion(question), recordOver(sentence, []), valueIn(sentence, 'place', name));

describe("a dateline's place", () => {
  it('does not answer a bare "where" question', () => {
    expect(only('where was the halvard club watch party')).toBe(true);
    expect(only('where was the party', 'TARROW, Ohio, March 2 (UPI) — Ana Ruiz was escorted off the grounds of Lund College.', 'TARROW')).toBe(true);
  });

  it('answers which city, and where the story was filed', () => {
    expect(only('which city was the watch party in')).toBe(false);
    expect(only('where was this story filed from')).toBe(false);
  });

  it('is only the capitals opening the passage before the dash', () => {
    const inside = 'The Halvard Club is hosting a watch party in Brisk, N.H. -- its first.';
    expect(only('where was the halvard club watch party', inside, 'Brisk')).toBe(false);
  });
});

const index = useIndexOver({
  'party.txt': ` date 2024-02-06

Watch parties

TOLEDO, Ohio -- The Halvard Review is hosting a debate watch party at the Corlis on Saturday, a meeting place for reporters in town for the debate.
`,
  'escort.txt': ` date 2024-09-26

Candidate escorted off

DAYTON, Ohio, Sept. 26 (UPI) — Green Party presidential candidate Ana Ruiz was escorted off the premises of Lund University on Monday, hours before the debate.
`,
});

describe('/ask', () => {
  it("does not give the dateline's place as where the event was", () => {
    expect(askedValue(index(), 'where is the halvard review debate watch party')).toBeNull();
    expect(askedValue(index(), 'where was ana ruiz escorted off before the debate')).toBeNull();
  });
});
