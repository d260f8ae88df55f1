import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { helpExamples } from '../../src/answer/help.js';
import { quote, whosaid } from '../../src/answer/quotes.js';
import { indexFolder, seedCorpus, tempCorpus } from '../helpers/corpus.js';

const FERRY = `Island ferry adds sailings

The island ferry will add 14 sailings a week from June, the port authority said on Monday.

"Families on the island have waited years for a morning boat to the mainland," harbour master Ines Carvalho said. "This timetable finally gives them one."
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function examplesFor(folder: Promise<{ dir: string; cleanup: () => Promise<void> }>) {
  const c = await folder;
  cleanup = c.cleanup;
  const index = await indexFolder(c.dir);
  return { index, examples: helpExamples(index) };
}

describe('/help examples', () => {
  it('come from the loaded coverage, and each one finds something when asked', async () => {
    const { index, examples } = await examplesFor(tempCorpus({ 'ferry.txt': FERRY }));
    expect(examples.map((e) => e.command)).toEqual(['whosaid', 'quote', 'ask']);
    const run = (e: string) => e.replace(/^\/\w+ /, '');
    const [w, q, a] = examples.map((e) => run(e.text));
    expect(whosaid(index, w).answer).toBe('Ines Carvalho');
    const [topic, speaker] = q.split(' speaker: ');
    expect(quote(index, topic, speaker).found).toBe(true);
    expect(a).toBe('how many sailings?');
    expect(ask(index, a).answer).toMatch(/14/);
  });

  it('never suggest a question about the seed articles for another corpus', async () => {
    const { examples } = await examplesFor(tempCorpus({ 'ferry.txt': FERRY }));
    expect(examples.map((e) => e.text).join(' ')).not.toMatch(/order|signed|Zuckerberg/i);
  });

  it('on the seed articles, ask a question the coverage answers', async () => {
    const { index, examples } = await examplesFor(seedCorpus());
    const question = examples.find((e) => e.command === 'ask')!.text.replace('/ask ', '');
    expect(ask(index, question).found).toBe(true);
  });
});
