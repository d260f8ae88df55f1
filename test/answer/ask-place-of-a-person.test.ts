/**
 * Issue 13, precision: a place that says whom a person represents or where they come from
 * ("Senator Ana Ruiz of Velland", "the Velland senator") answers where that person is from, never
 * where something happened (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { placeOfAPerson } from '../../src/answer/ask/precision.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const SENTENCE = 'At a rally in Dunmore on Tuesday, Senator Ana Ruiz of Velland endorsed Tomas Lee for governor.';

const value = (type: 'person' | 'place', name: string, text = SENTENCE): TypedValue => valueIn(text, type, name);
const record = recordOver;

const rally = record(SENTENCE, [value('place', 'Dunmore'), value('person', 'Ana Ruiz'), value('place', 'Velland'), value('person', 'Tomas Lee')]);
const q = (text: string) => analyseQuestion(text);

describe('a place that designates a person', () => {
  it('is not where the act happened', () => {
    expect(placeOfAPerson(q('where did ruiz endorse lee'), rally, value('place', 'Velland'))).toBe(true);
    expect(placeOfAPerson(q('where did ruiz endorse lee'), rally, value('place', 'Dunmore'))).toBe(false);
  });

  it('answers where that person is from, or a question asking for a state', () => {
    expect(placeOfAPerson(q('where is ana ruiz from'), rally, value('place', 'Velland'))).toBe(false);
    expect(placeOfAPerson(q('what state does ruiz represent'), rally, value('place', 'Velland'))).toBe(false);
  });

  it('is the origin of the name its title runs into, not of a name earlier in the sentence', () => {
    const partial = 'Marsh said he is partial to Ohio Gov. Ana Ruiz this year.';
    const sentence = record(partial, [value('person', 'Marsh', partial), value('place', 'Ohio', partial), value('person', 'Ana Ruiz', partial)]);
    expect(placeOfAPerson(q('where is marsh from'), sentence, value('place', 'Ohio', partial))).toBe(true);
    expect(placeOfAPerson(q('where is ana ruiz from'), sentence, value('place', 'Ohio', partial))).toBe(false);
  });

  it("is nobody else's origin, nor that of a senator the sentence does not name", () => {
    expect(placeOfAPerson(q('where is tomas lee from'), rally, value('place', 'Velland'))).toBe(true);
    const backers = "Lee courted the Velland senator's backers at a diner.";
    expect(placeOfAPerson(q('where did lee court voters'), record(backers, [value('place', 'Velland', backers)]), value('place', 'Velland', backers))).toBe(
      true,
    );
  });
});

const index = useIndexOver({
  'rally.txt': ` date 2024-05-02

Ruiz backs Lee

On Tuesday, Senator Ana Ruiz of Ohio endorsed Tomas Lee for governor.
`,
});

describe('/ask', () => {
  it("does not give the senator's state as the place of the endorsement", () => {
    const a = ask(index(), 'where did ruiz endorse lee');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).not.toBe('Ohio');
  });
});
