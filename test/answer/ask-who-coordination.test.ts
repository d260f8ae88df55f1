/**
 * Issue 13, recall: "who" takes a singular verb however many people it asks for ("who founded the
 * bakery" → two founders). When no one value is sure enough, a coordination of names holding the
 * likeliest value, in a sentence carrying the question, answers together; a name the question gives
 * is no member of it, and a list naming a person by one word ("Mr. Grant") tells no one apart. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { coordinatedDoers } from '../../src/answer/ask/listed.js';
import type { Scored } from '../../src/answer/ask/types.js';
import { DECISION } from '../../src/answer/ask/weights.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import type { CoverageIndex } from '../../src/index/build.js';
import { useIndexOver } from '../helpers/indexed.js';
import { scoredIn } from './scored-helpers.js';

const index = useIndexOver({
  'bakery-closes.txt': ` date 2025-02-03

Corner bakery to close after 27 years

The Flour Mill bakery on Dane Street will close at the end of March, its owners said on Monday.

The bakery was founded in 1998 by Nora Hale and Peter Quint, who still bake the bread themselves every morning.

Rent on the building has nearly doubled since 2020, Ms. Hale said.

The city's small business office offered the owners a loan, but they declined it.

The shop's painted sign was designed in 1998 by Lena Ortiz and Mr. Grant, two art students at the time.

`,
});

/** The items of the top answer's list, its one value, or null when /ask answers "not found". */
function answered(idx: CoverageIndex, question: string): string[] | string | null {
  const a = ask(idx, question);
  if (!a.found) return null;
  const v = a.results[0]?.values?.[0];
  return v?.items ? v.items.map((i) => String(i.normalized ?? i.text)) : String(v?.normalized);
}

describe('a "who" question answered by a coordination of names', () => {
  it('answers with every name of the coordination', () => {
    expect(answered(index(), 'who founded the flour mill bakery')).toEqual(['Nora Hale', 'Peter Quint']);
  });

  it('gives no list naming a person by one word', () => {
    expect(Array.isArray(answered(index(), "who designed the shop's painted sign"))).toBe(false);
  });

  it('leaves out the name the question gives', () => {
    expect(answered(index(), 'who founded the flour mill bakery with nora hale')).toBe('Peter Quint');
  });
});

/** The two people of `sentence` as the ranker scores them, the first on top, and a rival value well behind. */
function tiedPair(sentence: string, first: string, second: string): Scored[] {
  const top = scoredIn(sentence, first, 'person', { lead: 0, p: 0.45 });
  const other = scoredIn(sentence, second, 'person', { lead: 0, p: 0.45 });
  const rival = scoredIn(sentence, 'the vote', 'organization', { lead: -3, p: 0.01 });
  const values: TypedValue[] = [top.value, other.value];
  const record = { ...top.record, values };
  return [
    { ...top, record },
    { ...other, record },
    { ...rival, record, rank: -2 },
  ];
}

describe('the coordination a "who" question may take', () => {
  it('is every name the sentence coordinates with the likeliest one', () => {
    const scored = tiedPair('The plan was drafted by Senator Lena Ortiz and Tom Vale before the vote.', 'Lena Ortiz', 'Tom Vale');
    const doers = coordinatedDoers(analyseQuestion('who drafted the plan'), scored[0], scored, DECISION);
    expect(doers?.value.items?.map((i) => i.normalized)).toEqual(['Lena Ortiz', 'Tom Vale']);
  });

  it('is none when it names a person by one word', () => {
    const scored = tiedPair('The plan was drafted by Senator Lena Ortiz and Mr. Vale before the vote.', 'Lena Ortiz', 'Vale');
    expect(coordinatedDoers(analyseQuestion('who drafted the plan'), scored[0], scored, DECISION)).toBeNull();
  });
});
