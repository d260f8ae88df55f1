/**
 * Issue 13, recall ("sentence lacks a word"): a question asking for an account of what someone did,
 * why or how ("what did Lee want the audit for", "why did the press pass on the memoir") is answered
 * by the passage that tells the act with another verb ("called for", "declined"), when it carries
 * every other word of the question and stands clear of the rest; for "why", only a passage giving a
 * reason answers. A passage lacking a noun of the question is still no answer (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedPassage, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor.txt': ` date 2024-09-03

Brookmere council clashes over harbor contract

The Brookmere city council met on Tuesday to weigh the harbor dredging contract, worth $14 million over five years.

Council member Ines Varga called for an independent audit of the dredging contract before any vote, saying the bids had not been public.

Mayor Paul Okafor defended the contract and said the harbor could not wait another winter.

Lantern Press, which first printed Okafor's memoir in 2009, declined to reprint the memoir this year, citing the cost of new legal reviews.

The memoir sold about 4,000 copies in its first year.
`,
});

const passageOf = (q: string): string | null => askedPassage(index(), q);

describe('/ask: account questions answered by a passage with another verb', () => {
  it('reads an account question by its form and finds its verb after the subject', () => {
    const q = analyseQuestion('what did varga want an audit of the dredging contract for');
    expect(q.asksAccount).toBe(true);
    expect(q.accountVerb).toBe('want');
  });

  it('does not read a question for a thing or an amount as an account', () => {
    expect(analyseQuestion('what show did varga go on').asksAccount).toBe(false);
    expect(analyseQuestion('how many copies did the memoir sell').asksAccount).toBe(false);
  });

  it('gives the passage that says the asked verb otherwise ("called for" for "want")', () => {
    expect(passageOf('what did varga want an audit of the dredging contract for')).toContain('called for an independent audit');
  });

  it('answers "why" with the passage giving a reason in other words ("declined … citing")', () => {
    expect(passageOf('why did lantern press pass on reprinting okafors memoir this year')).toContain('citing the cost of new legal reviews');
  });

  it('gives no passage that lacks a noun of the question, even with the verb said otherwise', () => {
    expect(passageOf('what did varga want a recount of the dredging contract for')).toBeNull();
  });
});
