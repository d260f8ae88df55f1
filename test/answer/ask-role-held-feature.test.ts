/**
 * Issue 13, recall: a name that passed the role gate of "who is the transit director" holds the
 * role in its title or apposition, the same evidence the ranker's typeNoun feature carries when the
 * extractor bound the question's noun to the value; it counts the same, so such an answer is not
 * left below the threshold for lack of a word the gate already found (invented text).
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/answer/ask.js';
import { candidates } from '../../src/answer/ask/candidates.js';
import { score } from '../../src/answer/ask/score.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'forum.txt': ` date 2024-03-02

Candidates spar over transit plan

Pete Lund, who trails in the polls, said the transit levy would raise fares.

The city's new transit director, Omar Haddad, did not attend the forum.
`,
});

const typeNounOf = (q: string, name: string) => {
  const prepared = prepare(index(), q);
  if (!('question' in prepared)) throw new Error(`no question read from ${q}`);
  const found = score(candidates(prepared.question, prepared.retrieved, prepared.termsOf)).find((c) => c.value.normalized === name);
  return found?.features.typeNoun;
};

describe('a name holding the role a question asks for', () => {
  it("counts as bound to the question's role noun", () => {
    expect(typeNounOf('who is the new director of transit', 'Omar Haddad')).toBe(1);
  });

  it('leaves a question without a role word at 0', () => {
    expect(typeNounOf('which person did not attend the forum', 'Omar Haddad')).toBe(0);
  });
});
