/** /ask patterns found by the blind set, on small invented articles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageIndex } from '../../src/index/build.js';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { tempCorpus, indexFolder } from '../helpers/corpus.js';

const ARTICLES: Record<string, string> = {
  'a1.txt': ` date 2020-06-10

Dalton mill owner pledges help for flood victims

Textile mill owner Rosa Feld on Monday pledged $2 million to families hit by the flood in Dalton.

"Nobody in this valley should sleep in a shelter tonight," Feld said. "Our workers built this town and we will rebuild it with them."

Feld, 49, took over the mill from her father in 2004.

Her husband, Karl Feld, runs the mill's shop in Dalton.

The river rose by 3 metres in two days, the weather office said, and 40 homes were lost.
`,
  'a2.txt': ` date 2020-06-12

Dalton council signs flood plan

The Dalton council on Thursday signed a flood plan that will cost $6 million, council leader Amos Grey said.

Grey, 61, said work on new walls will take 18 months.

The regional agency issued a warning on Wednesday about more rain.
`,
};

let dir = '';
let cleanup: () => Promise<void> = async () => {};
let index: CoverageIndex;

beforeAll(async () => {
  ({ dir, cleanup } = await tempCorpus(ARTICLES));
  index = await indexFolder(dir);
}, 60_000);
afterAll(() => cleanup());

describe('/ask: speech questions use quotations', () => {
  it('answers "what did X say about Y" from X\'s quotation and cites its passage', () => {
    const a = ask(index, 'what did feld say about the shelter');
    expect(a.found).toBe(true);
    expect(a.results[0]).toMatchObject({ kind: 'quote' });
    expect(a.results[0].passage.text).toContain('sleep in a shelter');
    expect(a.answer).toMatch(/^Rosa Feld: “/);
  });

  it('stays silent about what an unquoted person said', () => {
    expect(ask(index, 'what did amos grey say about the river').found).toBe(false);
  });
});

describe('/ask: the kind of value a question wants', () => {
  it('reads "X age" and "X\'s name" without an opening word', () => {
    expect(analyseQuestion('felds age').wants).toEqual({ types: ['age'] });
    const q = analyseQuestion('whats her husbands name');
    expect(q.wants).toEqual({ types: ['person'] });
    expect(q.head).toBe('husband');
    expect(analyseQuestion('whats the name of the flood plan').wants).toBe('statement');
  });

  it('answers "how much will it cost" with money tied to the question, not a nearby count', () => {
    expect(analyseQuestion('how much will the flood plan cost').wants).toEqual({ types: ['money'] });
    const a = ask(index, 'how much will the flood plan cost');
    expect(a.results[0]?.values?.[0]?.normalized).toBe('USD 6000000');
    expect(ask(index, 'how much is the shop rent in dalton').found).toBe(false);
  });
});

describe('/ask: differing sources', () => {
  it('does not call a synonym\'s doer a differing answer to "who signed"', () => {
    const a = ask(index, 'who signed it');
    expect(a.sourcesDiffer).toBeFalsy();
    expect(a.results.some((r) => r.passage.text.includes('issued'))).toBe(false);
  });
});

describe('/ask: counting a list', () => {
  it('does not count a list of places as people', () => {
    expect(ask(index, 'how many people live in dalton').found).toBe(false);
  });
});

describe('/ask: what the answer line shows', () => {
  it('gives a count with the noun it counts, and a name rather than the title it was written as', () => {
    const a = ask(index, 'how many homes were lost');
    expect(a.answer).toBe('40 homes');
    expect(a.results[0].values?.[0]?.normalized).toBe(40);
  });
});
