/**
 * Issue 13, answer types and pairings: the noun a question asks about decides the kind of value
 * that answers it ("the names of his sons" are people, "what state" is no university, "operating
 * profit" an amount), and in a sentence naming several people a title or an age goes to the name
 * it stands with, not to an earlier conjunct or to another of the same family.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'quist.txt': ` date 2024-05-10

Quist family weighs the future of the Harbor Gazette

The owner of the Harbor Gazette, Anselm Quist, has not said who will run the paper when he steps down. Elena Quist already runs its printing arm. The decision rests with his two children, Tavish, 41, and Elena, 39.

The Harbor Gazette had $12 million in operating profit in fiscal 2023, according to Rhea Tamsin, an analyst at Vellum Research.

Scenes from the rally at the Varlow Arena in Nevada on Tuesday will stay with the writer Pim Hallorand, who teaches at Linden State University.

Finance Committee Chairman Tomas Okafor said on Thursday that the port audit was overdue. Also Friday, Okafor and Harbor Committee Chairman Dana Whitlock sent a letter to the port authority asking for the audit.
`,
});

describe('the kind of value a question asks for', () => {
  it("reads 'the names of X's two children' as asking for people, the children", () => {
    const q = analyseQuestion('what are the names of quists two children');
    expect(q.wants).toEqual({ types: ['person'] });
    expect(q.head).toBe('child');
  });

  it("reads 'the name of X's cousin' as asking for a person", () => {
    expect(analyseQuestion("what's the name of elkins cousin").wants).toEqual({ types: ['person'] });
  });

  it("reads a company's profit as an amount of money, even after a long owner", () => {
    expect(analyseQuestion('whats harbor gazette operating profit in fiscal 2023').wants).toEqual({ types: ['money'] });
  });

  it('reads the type noun at the end of a long noun phrase, and "which X" where a question without a question word puts it', () => {
    expect(analyseQuestion("what was the campaign's monthly harbor tower rent back in june").wants).toEqual({ types: ['money'] });
    expect(analyseQuestion('okafor was deputy to which port director').wants).toEqual({ types: ['person'] });
  });

  it('reads "what did X earn" as asking for an amount of money', () => {
    expect(analyseQuestion('what did the ferries earn last year').wants).toEqual({ types: ['money'] });
    expect(analyseQuestion('what did the ferries carry last year').wants).toBe('statement');
  });

  it('answers the profit with the amount, not the company', () => {
    expect(askedValue(index(), 'whats harbor gazette operating profit in fiscal 2023')).toBe('USD 12000000');
  });

  it('answers "what state" with the state, never a university the sentence names', () => {
    expect(askedValue(index(), 'what state is the varlow arena in')).toBe('Nevada');
  });
});

describe('whose title, whose age', () => {
  it('gives a title to the name it runs into, not to the name before "and"', () => {
    expect(askedValue(index(), 'who chairs the harbor committee')).toBe('Dana Whitlock');
  });

  it('does not give one child the age the text gives the other, whose own it stays', () => {
    expect(askedValue(index(), 'how old is tavish quist')).not.toBe(39);
    expect(askedValue(index(), 'how old is elena quist')).toBe(39);
  });
});
