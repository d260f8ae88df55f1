/**
 * Issue 13, precision: a figure whose own clause is about someone the question never names, while
 * the one the question names stands in another clause of the sentence, is that other one's figure.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'survey.txt': ` date 2024-03-12

Teachers warm to Okafor in guild survey

BRENTON — A new survey of the county's teachers shows the race between Superintendent Harriet Vandermeer and challenger Daniel Okafor tightening.

While 64 percent of teachers in the guild's survey had a favorable view of Superintendent Harriet Vandermeer, 38 said the same for Okafor.

Vandermeer has led the district since 2017 and is seeking a third term.

Okafor, a former principal, entered the race in January and has said his priority is smaller classes.
`,
  'lead.txt': ` date 2024-03-14

Okafor narrows the gap

BRENTON — Okafor held a 6-point lead in the Brenton survey in February, but his lead shrank to 2 points against Vandermeer this month.
`,
  'poll.txt': ` date 2024-03-18

Vandermeer ahead in Kestrel poll

BRENTON — A Kestrel poll out Monday showed Vandermeer with a healthy lead over Okafor, earning 51 percent of the support of likely voters to Okafor's 39 percent.
`,
};

const index = useIndexOver(ARTICLES);

describe("/ask with a figure from another's clause", () => {
  it("does not give Vandermeer's share as the share who view Okafor favorably", () => {
    const a = ask(index(), 'what percent of teachers had a favorable view of okafor in the guild survey');
    expect(a.found && a.results[0]?.values?.[0]?.normalized === 64).toBe(false);
  });

  it('still gives a figure whose clause refers back to the one asked about by a pronoun', () => {
    const a = ask(index(), 'how many points did okafors lead shrink to this month');
    expect(a.found).toBe(true);
    expect(a.results[0]?.values?.[0]?.normalized).toBe(2);
  });

  it("still gives the share of the one a participle's clause speaks of", () => {
    const a = ask(index(), 'what is vandermeer at in the kestrel poll');
    expect(a.found).toBe(true);
    expect(a.results[0]?.values?.[0]?.normalized).toBe(51);
  });
});
