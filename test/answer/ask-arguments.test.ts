/**
 * Issue 13, "who bought X", "who founded X", "who runs X": the person asked for is the doer of the
 * question's act in the matched sentence — the subject of an active clause, the agent of a passive
 * one, or the holder of a leading role "of X" — and X is what the act is done to. Two doers, a name
 * inside a quotation, a possessor, or an act done to something else bind no one.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { anotherDoes, doersOf, withArguments } from '../../src/answer/ask/arguments.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { FactRecord, TypedValue, ValueType } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';

/** One sentence as a fact record, with the names it gives and their types. */
function record(text: string, names: Array<[string, ValueType]>): FactRecord {
  const values = names.map(([name, type]): TypedValue => {
    const at = text.indexOf(name);
    return { type, text: name, start: at, end: at + name.length, normalized: name };
  });
  return {
    id: 'a#f0',
    articleId: 'a',
    statement: text,
    passage: { text, start: 0, end: text.length },
    values,
    entities: names.map(([n]) => n),
    subject: null,
    predicate: [],
    terms: text.toLowerCase().match(/\p{L}+/gu) ?? [],
  };
}

/** Whether the question's act is bound to the named value of the sentence. */
function bound(question: string, r: FactRecord, name: string, verb: string): boolean {
  const v = r.values.find((x) => x.normalized === name);
  if (!v) throw new Error(`no value ${name}`);
  return (withArguments(doersOf(analyseQuestion(question), r), v).context ?? []).includes(verb);
}

describe('the doer of the asked act is bound to it', () => {
  it('binds the subject of an active clause', () => {
    const r = record('In 2019 the developer Corin Vale bought the Harrowgate Mill from Tessa Lund.', [
      ['Corin Vale', 'person'],
      ['Tessa Lund', 'person'],
    ]);
    expect(bound('who bought the harrowgate mill', r, 'Corin Vale', 'buy')).toBe(true);
    expect(bound('who bought the harrowgate mill', r, 'Tessa Lund', 'buy')).toBe(false);
  });

  it('binds the agent of a passive clause', () => {
    const r = record('The Orchard Lane bakery was founded in 1952 by Agnes Whitcombe, who was born in Dunmore.', [['Agnes Whitcombe', 'person']]);
    expect(bound('who founded the orchard lane bakery', r, 'Agnes Whitcombe', 'found')).toBe(true);
  });

  it('binds the holder of a leading role of what is asked about to "run"', () => {
    const r = record('Lena Ostrova, the executive director of the Marrow Valley Food Bank, said demand had doubled.', [
      ['Lena Ostrova', 'person'],
      ['Marrow Valley Food Bank', 'organization'],
    ]);
    expect(bound('who runs the marrow valley food bank', r, 'Lena Ostrova', 'run')).toBe(true);
  });

  it('drops another name of the sentence when the doer is named', () => {
    const r = record('In 2019 the developer Corin Vale bought the Harrowgate Mill from Tessa Lund.', [
      ['Corin Vale', 'person'],
      ['Tessa Lund', 'person'],
    ]);
    const doers = doersOf(analyseQuestion('who bought the harrowgate mill'), r);
    expect(anotherDoes(doers, r.values[1])).toBe(true);
    expect(anotherDoes(doers, r.values[0])).toBe(false);
  });
});

describe('no one is bound when the sentence does not say who did it', () => {
  it('binds neither of two people named together as the subject', () => {
    const r = record('Corin Vale and Tessa Lund bought the Harrowgate Mill in 2019.', [
      ['Corin Vale', 'person'],
      ['Tessa Lund', 'person'],
    ]);
    expect(bound('who bought the harrowgate mill', r, 'Corin Vale', 'buy')).toBe(false);
    expect(bound('who bought the harrowgate mill', r, 'Tessa Lund', 'buy')).toBe(false);
  });

  it('binds no name inside another speaker’s quotation', () => {
    const r = record('“Corin Vale bought the Harrowgate Mill for a song,” said Tessa Lund.', [
      ['Corin Vale', 'person'],
      ['Tessa Lund', 'person'],
    ]);
    expect(bound('who bought the harrowgate mill', r, 'Corin Vale', 'buy')).toBe(false);
  });

  it('binds no one when the act is done to something other than what is asked', () => {
    const r = record('Corin Vale bought a tractor at an auction beside the Harrowgate Mill.', [['Corin Vale', 'person']]);
    expect(bound('who bought the harrowgate mill', r, 'Corin Vale', 'buy')).toBe(false);
  });

  it('binds no possessor: the company acted, not its owner', () => {
    const r = record("Corin Vale's company bought the Harrowgate Mill last spring.", [['Corin Vale', 'person']]);
    expect(bound('who bought the harrowgate mill', r, 'Corin Vale', 'buy')).toBe(false);
  });

  it('binds no name inside a phrase of the subject', () => {
    const r = record('The chairman of the Dunmore Rotary Club will open the Harrowgate Mill fair.', [['Dunmore Rotary Club', 'organization']]);
    expect(bound('who will open the harrowgate mill fair', r, 'Dunmore Rotary Club', 'open')).toBe(false);
  });

  it('does not take a leader of another group for the one asked about', () => {
    const r = record('Dana Okafor, a leader of the Coalition for Fair Rents, marched beside Renters for Riverton.', [
      ['Dana Okafor', 'person'],
      ['Coalition for Fair Rents', 'organization'],
      ['Renters for Riverton', 'organization'],
    ]);
    expect(bound('who runs renters for riverton', r, 'Dana Okafor', 'run')).toBe(false);
  });
});

const ARTICLES: Record<string, string> = {
  'mill.txt': ` date 2024-05-02

Harrowgate Mill to reopen as a market

The Harrowgate Mill stood empty for a decade. The mill was bought in 2019 by the developer Karen Doyle, who hired the town's former mayor, Peter Holt, to restore it.

The market opens in June with 40 stalls.
`,
  'foodbank.txt': ` date 2024-02-14

Food bank demand doubles

"We have never seen lines like this," said Lena Ostrova, the executive director of the Marrow Valley Food Bank. Volunteers handed out 900 boxes last week.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask answers with the doer of the asked act', () => {
  it('names the agent of a passive clause, not another name beside it', () => {
    const a = ask(index(), 'who bought the harrowgate mill');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('Karen Doyle');
  });

  it('names who runs an organisation from their role of it', () => {
    const a = ask(index(), 'who runs the marrow valley food bank');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe('Lena Ostrova');
  });
});
