/**
 * Issue 13, precision: an adjective of origin before the noun it describes ("pressure from Asian
 * imports", "the Turkish envoy") is no place, though the name reader typed it as one; a wrong place
 * costs more than "not found" (invented text).
 */
import { describe, expect, it } from 'vitest';
import { isOriginAdjective } from '../../src/answer/ask/origin.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const q = (text: string) => analyseQuestion(text);
const origin = (question: string, sentence: string, name: string) => isOriginAdjective(q(question), recordOver(sentence, []), valueIn(sentence, 'place', name));

describe('an adjective of origin', () => {
  it('before a noun is no place', () => {
    expect(origin('in what town is the mill', 'The mill is under pressure from Asian imports, its owner said.', 'Asian')).toBe(true);
    expect(origin('where did the envoy go', 'The Turkish envoy flew home on Monday.', 'Turkish')).toBe(true);
    expect(origin('where did the envoy go', 'The Brazilian envoy flew home on Monday.', 'Brazilian')).toBe(true);
  });

  it('leaves a place before a noun, a place alone and a question asking for a nationality', () => {
    expect(origin('what state is the senator from', 'The Vermont senator spoke first.', 'Vermont')).toBe(false);
    expect(origin('where did the envoy go', 'The envoy flew to Japan on Monday.', 'Japan')).toBe(false);
    expect(origin('what is the nationality of the envoy', 'The Turkish envoy flew home on Monday.', 'Turkish')).toBe(false);
  });
});

const index = useIndexOver({
  'mill.txt': ` date 2024-03-11

Tarrow mill cuts shifts

In nearby Brisk, the old Halvard steel mill is holding on, but it faces heavy pressure from Asian imports, said its owner, Rhea Lund.
`,
});

describe('/ask', () => {
  it('does not answer a town with an adjective of origin', () => {
    expect(askedValue(index(), 'in what town is the halvard steel mill')).not.toBe('Asian');
    expect(askedValue(index(), 'where is the halvard mill')).not.toBe('Asian');
  });
});
