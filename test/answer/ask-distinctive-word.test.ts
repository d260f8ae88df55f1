/**
 * Issue 13, recall (no article): a reader paraphrases a question's ordinary words ("what agency did
 * dorsetts old gig" for "directed the Coastal Survey Office"), types a short form ("the pa
 * poll", "back in feb") or a title's short form the tagger takes for a name ("as a rep"),
 * and no article carried enough of the question's words to be chosen. A word only one article uses
 * points to it; short forms count as the words they stand for. Precision: a distinctive word does
 * not choose an article that carries too little of the question, nor one that another article
 * matches as well (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/ask/analyse.js';
import { prepare } from '../../src/answer/ask.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'survey.txt': ` date 2024-05-06

Former survey chief joins Marrow Bay council race

Ilvanka Dorsett, who directed the Coastal Survey Office until 2019, entered the Marrow Bay council race on Monday.

Dorsett said she would run on a promise to repave Quarry Road.
`,
  'ferry.txt': ` date 2024-05-07

Ferry line cuts winter trips

The Tollan ferry line will run four trips a day this winter, down from nine, its owners said on Tuesday.

Pennsylvania riders made up 30 percent of last year's passengers, the company said.
`,
  'fund.txt': ` date 2024-05-08

Harbor trust posts record month

The Greywater Harbor Trust raised $2.4 million in February, its best month since it was founded, treasurer Olu Banning said.

Rep. Marisol Quint of Ohio called the total a sign that voters run their own campaigns.
`,
  'quarry.txt': ` date 2024-05-09

Quarry Road repaving delayed

Crews will not begin repaving Quarry Road in Marrow Bay before July, the county said on Thursday, citing the cost.
`,
});

const chosen = (q: string) => {
  const p = prepare(index(), q);
  return 'command' in p
    ? []
    : p.retrieved.articles.map((a) =>
        a.id
          .replace(/\.txt$/, '')
          .split(/[\\/]/)
          .at(-1),
      );
};

describe('/ask: a distinctive word of the question points to its article', () => {
  it('chooses the one article that uses a word of the question when the ordinary words are paraphrased', () => {
    expect(chosen('what was dorsetts old gig')).toEqual(['survey']);
  });

  it('does not choose it when the question carries too little of it', () => {
    expect(chosen('what did dorsetts cousin bake for the spring fair')).toEqual([]);
  });

  it('does not choose it when another article carries the question as well', () => {
    // "dorsett" points to the survey article, "tollan" to the ferry article: neither leads.
    expect(chosen('did dorsett ever sail on the tollan boat')).toEqual([]);
  });
});

describe("/ask: a reader's short forms count as the article's words", () => {
  it('reads "pa" as Pennsylvania and "feb" as February', () => {
    expect(chosen('what share of riders came from pa')).toEqual(['ferry']);
    expect(askedValue(index(), 'how much did the greywater trust raise back in feb')).toBe('USD 2400000');
  });

  it('does not take the short form of a title that titles no name for a name ("as a rep")', () => {
    const rep = analyse(index(), 'which state does quint serve as a rep for').focus.find((f) => f.term === 'rep');
    expect(rep?.name).toBe(false);
  });
});
