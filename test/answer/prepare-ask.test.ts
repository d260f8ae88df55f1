import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { ask } from '../../src/answer/ask.js';
import { prepareAsk } from '../../src/answer/match.js';
import { runNow } from '../../src/runtime/slices.js';
import { indexFolder, tempCorpus } from '../helpers/corpus.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe("/ask's word caches built ahead of the first question", () => {
  it('give the same answers as caches built on the first question, typos included', async () => {
    const t = await tempCorpus(Object.fromEntries(generateCorpus(13, 15).map((g) => [g.file, g.text])));
    cleanup = t.cleanup;
    const ahead = await indexFolder(t.dir);
    const onDemand = await indexFolder(t.dir);
    runNow(prepareAsk(ahead));
    const words = ahead.facts
      .all()
      .flatMap((f) => f.terms)
      .filter((w) => /^[a-z]{6,}$/.test(w))
      .slice(0, 12);
    // Each word asked as it is and with a letter dropped, which the spelling correction must repair from the same vocabulary.
    const questions = words.flatMap((w) => [`what happened with the ${w}?`, `how many ${w.slice(0, 3)}${w.slice(4)}?`]);
    expect(questions.length).toBeGreaterThan(10);
    for (const q of questions) expect(ask(ahead, q)).toEqual(ask(onDemand, q));
  });

  it("builds every article's word sets, which the first question would otherwise build while its user waits", async () => {
    const t = await tempCorpus(Object.fromEntries(generateCorpus(21, 6).map((g) => [g.file, g.text])));
    cleanup = t.cleanup;
    const asked = await indexFolder(t.dir);
    ask(asked, 'how many people were hired?');
    // A question chooses its article by reading every article's words: preparing after it finds nothing left to build.
    expect(runNow(prepareAsk(asked))).toBe(0);
    const prepared = await indexFolder(t.dir);
    expect(runNow(prepareAsk(prepared))).toBe(prepared.search.articles.size);
    expect(runNow(prepareAsk(prepared))).toBe(0);
  });
});
