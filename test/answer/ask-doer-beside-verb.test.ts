/**
 * Issue 13, precision: a sentence may state the question's verb with another name right beside it
 * ("published by the Saltmere Post") and name someone else in another clause. The name beside the
 * verb is who did it; the one further off fills no slot of the question and is not asserted. So
 * with dates: in "speaks … on Wednesday and testifies … on Thursday" Wednesday is not when the
 * testimony is (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'debate.txt': ` date 2024-10-03

Lee and Brannock spar over the harbour levy

The transcript of the Saltmere debate, published by the Saltmere Post, shows that Dana Lee talked about the harbour levy for most of the hour.

The harbour levy report was written by Ana Ruiz, the county's budget officer, in March.

Kestrel Pictures said on Monday that its film version of the novel, starring Nora Pell, would open in May.
`,
  'club.txt': ` date 2024-10-01

Saltmere weighs a new harbour levy

The new harbour season will begin this week, as Marsh speaks to the Saltmere Budget Club on Wednesday and testifies before the Saltmere Budget Committee on Thursday.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => askedValue(index(), q);

describe("a name in a sentence that states the question's verb beside another name", () => {
  it('is not asserted: the name beside the verb is the one who did it', () => {
    expect(answer('who published the debate transcript')).not.toBe('Dana Lee');
  });

  it('answers when the name itself stands nearest the verb, another name in the sentence or not', () => {
    expect(answer('who wrote the harbour levy report')).toBe('Ana Ruiz');
    expect(answer('who stars in the film version')).toBe('Nora Pell');
  });

  it("does not give the date of another clause's verb", () => {
    expect(answer('when does marsh testify to the saltmere budget committee')).not.toBe('2024-10-02');
    expect(answer('when does marsh speak to the budget club')).toBe('2024-10-02');
  });
});
