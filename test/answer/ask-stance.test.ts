import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import type { CoverageIndex } from '../../src/index/build.js';
import { indexFolder, tempCorpus } from '../helpers/corpus.js';

const ARTICLE = `Council approves bus lanes

 date 2023-05-09

The Riverton city council voted 7-2 on Tuesday to add bus lanes on three roads, a plan Mayor Lena Ortiz called "long overdue."

Councilman Derek Hale, who voted against the plan, warned that shop owners would lose parking.
`;

let index: CoverageIndex;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const c = await tempCorpus({ 'lanes.txt': ARTICLE });
  cleanup = c.cleanup;
  index = await indexFolder(c.dir);
});
afterAll(() => cleanup());

describe('/ask reads "against" as part of the question', () => {
  it('answers who voted against with the person the sentence says voted against', () => {
    expect(ask(index, 'who voted against the plan').answer).toBe('Derek Hale');
  });
});
