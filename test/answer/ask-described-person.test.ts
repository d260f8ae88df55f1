/**
 * Issue 13, "below threshold" on person questions with a role noun: "which ohio senator …", "the
 * harbor league lawyer …", "which weekly ledger writer …". The right person is in the sentence, but
 * the question's verb is paraphrased, so the sentence lacks a word and the name stayed below the
 * threshold. The question's role noun and the words qualifying it are written on the name in the
 * text's own ways (a title's short form, "of Ohio", a party tag "(D-Ore.)", an apposition); when the
 * articles so describe one person only, that person is the one asked for (src/answer/ask/described.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedDescription } from '../../src/answer/ask/described.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'dredging.txt': ` date 2024-10-02

Lawmakers spar over the Corran harbor dredging contract

Sen. Ida Brandt of Ohio wants an independent inquiry into the dredging contract awarded last spring.

Sen. Carl Oduya (D-Ore.) has defended the contract in two committee hearings since July.

Tom Vale, a lawyer for the Harbor League, doubts the dredgers can finish before the winter storms.

Another Harbor League lawyer, Rita Szabo, filed the first complaint about the contract in May.

Conservative commentator Jo Lind of the anti-tax Weekly Ledger mocked the contract as a gift to the dredging firms.

The port board chair, Hal Penn, and Nora Quill toured the dredging site on Tuesday.
`,
};

const index = useIndexOver(ARTICLES);

describe('a person question is answered by the one person the articles describe as the question does', () => {
  it('reads the title’s short form with "of <state>" or a party tag as the question’s state and role', () => {
    expect(askedValue(index(), 'which oregon senator stood up for the dredging contract at the hearings')).toBe('Carl Oduya');
  });

  it('takes no title from another phrase before the name', () => {
    // "the port board chair, Hal Penn, and Nora Quill": the title is Penn's, the conjunction ends it.
    expect(askedValue(index(), 'which port board chair went to see the dredging site')).not.toBe('Nora Quill');
  });

  it('asserts nobody by the description when it fits two people', () => {
    // Vale and Szabo are both lawyers for the Harbor League: the description does not say which one is meant.
    expect(askedValue(index(), 'which harbor league attorney is doubtful the dredging will be done before winter')).toBeNull();
  });
});

describe('the description is the role noun and the words before it', () => {
  it('stops at the question’s verb', () => {
    expect(askedDescription(analyseQuestion('which fox host did trump tell the vote was rigged')).map((f) => f.term)).toEqual(['fox', 'host']);
    expect(askedDescription(analyseQuestion('which maryland senator wants a commission')).map((f) => f.term)).toEqual(['maryland', 'senator']);
  });
});
