/**
 * Issue 13, recall: a reader asks for a candidate's standing in shorthand, with no question word
 * ("ruizs number in the harbor college poll"), after "what is" ("whats lunds number vs ruiz") or as
 * what the candidate got in a contest ("what did lund get in the primary"): all ask for a share of
 * the vote (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'primary.txt': ` date 2024-05-22

Lund edges Ruiz in Velland primary

Pete Lund won Tuesday's mayoral primary with 44 percent of the vote, ahead of Ana Ruiz at 39 percent.
`,
  'council.txt': ` date 2024-06-02

Tight race for the harbor seat

A survey by the Orrin Civic League showed Marta Ives leading Tom Vale among registered voters, 52 percent to 41 percent.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a candidate standing asked in shorthand', () => {
  it('reads "<name>s number in the poll" as asking for a share', () => {
    expect(analyseQuestion('ruizs number in the harbor college poll').wants).toEqual({ types: ['percent'] });
  });

  it('reads "what did <name> get in the primary" as asking for a share', () => {
    expect(analyseQuestion('what did lund get in the primary').wants).toEqual({ types: ['percent'] });
  });

  it('leaves what someone got outside a contest an account', () => {
    expect(analyseQuestion('what did the mayor get for christmas').wants).toBe('statement');
  });

  it('answers what the candidate got with the share', () => {
    expect(answerTo('what did lund get in the mayoral primary')).toBe(44);
  });

  it('reads "whats <name>s number vs <rival>" as asking for a share', () => {
    expect(analyseQuestion('whats ives number vs vale among registered voters').wants).toEqual({ types: ['percent'] });
  });

  it('leaves "whats the number for the hotline" a statement: no contest, no rival', () => {
    expect(analyseQuestion('whats the number for the harbor hotline').wants).toBe('statement');
  });

  it('answers "whats <name>s number vs <rival>" with the share, not the passage', () => {
    expect(answerTo('whats ives number vs vale among registered voters')).toBe(52);
  });
});
