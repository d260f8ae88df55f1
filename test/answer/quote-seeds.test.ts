import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import type { CoverageIndex } from '../../src/index/build.js';
import { indexFolder, seedCorpus } from '../helpers/corpus.js';

// The console's own line, through the parser and the answer, on the seed articles.
let index: CoverageIndex;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const corpus = await seedCorpus();
  cleanup = corpus.cleanup;
  index = await indexFolder(corpus.dir);
});

afterAll(() => cleanup());

function consoleQuote(line: string) {
  const input = parseConsoleLine(line);
  if (input.kind !== 'query' || input.name !== 'quote') throw new Error(`not a /quote line: ${line}`);
  return quote(index, input.args[0] ?? '', input.args[1] || undefined);
}

describe('/quote on the seed articles', () => {
  it('reads "/quote hope Zuckerberg" as the topic hope by the speaker Zuckerberg', () => {
    const a = consoleQuote('/quote hope Zuckerberg');
    expect(a.answer).toBe('1 quotation by Mark Zuckerberg');
    expect(a.results[0].text).toMatch(/hope over fear/);
  });

  it('finds quotations about immigrants for "immigration", as for "immigrants"', () => {
    const byWord = consoleQuote('/quote immigrants').results.map((r) => r.text);
    expect(byWord.length).toBeGreaterThan(0);
    // Every one of them; "immigration" may also list, by its meaning, the one on deporting undocumented people.
    expect(consoleQuote('/quote immigration').results.map((r) => r.text)).toEqual(expect.arrayContaining(byWord));
  });
});
