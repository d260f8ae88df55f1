/** Issue 13: /ask finds stated facts asked in the reader's own words (initials, derivations, "want to …"). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageIndex } from '../../src/index/build.js';
import { ask } from '../../src/answer/ask.js';
import { analyse } from '../../src/answer/ask/analyse.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { tempCorpus, indexFolder } from '../helpers/corpus.js';

const ARTICLES: Record<string, string> = {
  'primary.txt': ` date 2024-02-14

Varga wins the Granite Valley primary

Council member Ines Varga won the Granite Valley primary on Tuesday with 44 percent of the vote, ahead of former judge Paul Okafor.

The Lanford County Democratic Committee had backed Okafor in January.

Varga said she hopes to relocate 300 families from the flood plain by 2026.

The county board ratified the flood plan in March, after a ratification vote delayed twice by storms.
`,
};

let cleanup: () => Promise<void> = async () => {};
let index: CoverageIndex;

beforeAll(async () => {
  let dir = '';
  ({ dir, cleanup } = await tempCorpus(ARTICLES));
  index = await indexFolder(dir);
}, 60_000);
afterAll(() => cleanup());

const focusOf = (q: string) => analyse(index, q).focus;

describe('/ask reads the question in the reader’s words (issue 13)', () => {
  it('reads lower-case initials as the name the coverage writes out ("lcdc" → Lanford County Democratic Committee)', () => {
    const lcdc = focusOf('who did the lcdc back').find((f) => f.term === 'lcdc');
    expect(lcdc?.alts).toContain('democratic');
  });

  it('reads two-letter initials only as a place ("gv" → Granite Valley), never as a person or an organisation', () => {
    expect(focusOf('who won the gv primary').find((f) => f.term === 'gv')?.alts).toContain('granite');
    expect(focusOf('what did iv say').find((f) => f.term === 'iv')?.alts ?? []).not.toContain('varga');
  });

  it('answers a question that writes a place by its initials', () => {
    const a = ask(index, 'what percent did varga get in the gv primary');
    expect(a.found && a.results[0]?.values?.[0]?.normalized).toBe(44);
  });

  it('treats "want to", "expected to", "hopes to" as leading into the verb asked about', () => {
    const focus = analyseQuestion('how many families does varga want to relocate').focus;
    expect(focus.find((f) => f.term === 'want')?.weak).toBe(true);
    expect(focus.find((f) => f.term === 'relocate')?.weak).toBe(false);
  });

  it('matches a word to its derivations from WordNet ("ratify" → "ratification")', () => {
    const ratify = analyseQuestion('when was the ratify vote').focus.find((f) => f.term === 'ratify');
    expect(ratify?.alts).toContain('ratification');
  });

  it('gives a short verb its inflected forms ("ask" → "asking")', () => {
    const askTerm = analyseQuestion('who did the mayor ask for help').focus.find((f) => f.term === 'ask');
    expect(askTerm?.alts).toEqual(expect.arrayContaining(['asking', 'asked']));
  });

  it('keeps an English word the coverage does not use rather than respelling it to one it does ("book" is not "look")', () => {
    const terms = focusOf('who wrote the book about the flood').map((f) => f.term);
    expect(terms).toContain('book');
  });
});
