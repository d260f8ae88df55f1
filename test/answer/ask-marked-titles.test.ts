/**
 * Issue 13, "never extracted" (twentieth session): a show, a book or a court case asked for by its
 * noun, where the sentence names it with the noun unsaid: a quoted title-case phrase ("as a judge on
 * “Harbor Lights”") or two parties joined by "v." ("Ruiz v. Marlow Ferries"). And the question
 * readings that kept such questions from the named-thing answer: "what show was lund on" (the tagger
 * reads "show" as a verb), "which quiz show was lund the judge on" (the head is "show", not "judge"),
 * "the name of carvers book" (the owner is no person asked), "which show … when he …" (the "when" opens
 * a clause, not the question). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedNoun } from '../../src/answer/ask/named-thing.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'ferries.txt': ` date 2024-05-02

Harbor City ferry fight reaches the courts

As a celebrity judge on “Harbor Lights,” Tomas Lund spent six seasons mocking amateur sailors.

Lund told a radio host on Tuesday that the ferry fares were a scandal and that the mayor had hidden the costs.

Among the rulings the council fears, according to Dana Whitcombe, is Ruiz v. Marlow Ferries, which struck down the fare cap on the northern routes.

In her 2019 book, ''Salt and Ledgers,'' Ms. Carver, the harbor master, described balancing the ferry budget by hand.

Ms. Carver book signings drew long lines at the terminal.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a title named by its form, its noun unsaid', () => {
  it('answers with the quoted title-case phrase of the sentence that holds every other word of the question', () => {
    expect(answerTo('which celebrity show was lund the judge on')).toBe('Harbor Lights');
  });

  it('answers with the case named "X v. Y" in the sentence that best holds the question', () => {
    expect(answerTo('which case struck down the fare cap on the northern routes')).toBe('Ruiz v. Marlow Ferries');
  });

  it('answers "the name of X’s book" with the title, not the owner’s courtesy name', () => {
    expect(answerTo('whats the name of carvers book')).toBe('Salt and Ledgers');
  });
});

describe('reading a question for a thing’s name', () => {
  it('reads a noun the tagger took for a verb right after "what" as the asked noun', () => {
    expect(analyseQuestion('what show was lund on').asksThing).toBe(true);
    expect(askedNoun('what show was lund on')).toBe('show');
  });

  it('ends the asked phrase at the question’s verb, so a role noun after it names no kind', () => {
    expect(analyseQuestion('which celebrity show was lund the judge on').wants).toBe('statement');
    // A two-letter abbreviation may stand for a person WordNet does not know it as.
    expect(analyseQuestion('which vp was vale an adviser to').wants).toEqual({ types: ['person'] });
  });

  it('reads the noun after "the name of" and an owner typed without its apostrophe as the thing named', () => {
    // WordNet knows "carver" as a person: the owner is still not what is named.
    expect(analyseQuestion('whats the name of carvers book').wants).toBe('statement');
  });

  it('reads a "when" after "which show" as a clause of its own', () => {
    expect(analyseQuestion('which show was lund on when he mocked the sailors').wants).toBe('statement');
  });
});
