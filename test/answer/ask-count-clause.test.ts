/** Issue 13, recall: a count answers "how many X did they <verb>" when its own clause states the verb, in the question's words or others. */
import { describe, expect, it } from 'vitest';
import { countsTheAction } from '../../src/answer/ask/candidates.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { factsOf } from '../../src/answer/match.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'convention.txt': ` date 2024-04-06

Party insiders meet in Brackwell

Party insiders in the state will select 31 delegates to the national convention on Saturday, organisers said.

At least six Republican U.S. senators plan to skip the convention this year.
`,
};

const index = useIndexOver(ARTICLES);

const record = (words: string) => {
  const r = factsOf(index(), 'convention').find((f) => f.statement.includes(words));
  if (!r) throw new Error(`no record with ${words}`);
  return r;
};
const countIn = (words: string, n: number) => {
  const r = record(words);
  const v = r.values.find((x) => x.type === 'number' && x.normalized === n);
  if (!v) throw new Error(`no ${n} in ${words}`);
  return { r, v };
};

describe('/ask: the counted action stated by a synonym or past an abbreviation (issue 13)', () => {
  it('takes "select" in the count\'s clause for the question\'s "choose"', () => {
    const { r, v } = countIn('select 31 delegates', 31);
    expect(countsTheAction(analyseQuestion('how many delegates do the insiders choose'), r, v)).toBe(true);
  });

  it('still refuses a count whose clause states neither the verb nor a synonym of it', () => {
    const { r, v } = countIn('select 31 delegates', 31);
    expect(countsTheAction(analyseQuestion('how many delegates did the insiders reject'), r, v)).toBe(false);
  });

  it('reads "U.S. senators" as one clause, so the count is bound to the verb after the abbreviation', () => {
    const { r, v } = countIn('Republican U.S. senators', 6);
    expect(countsTheAction(analyseQuestion('how many senators plan to skip the convention'), r, v)).toBe(true);
  });
});
