import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startHarness, interact, type Harness } from '../e2e/harness.js';
import { slash, str, autocomplete } from '../e2e/payloads.js';
import { callbackProblems, messageProblems } from '../reliability/outcomes.js';
import { RUNS, SEED, queryArb } from './arbitraries.js';
import { seedCorpus } from '../helpers/corpus.js';

/** Through the real bot: fewer runs than the core fuzz, since each is a gateway round trip. */
const BOT_RUNS = Math.max(10, Math.round(RUNS / 5));

let h: Harness;
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  const corpus = await seedCorpus();
  cleanup = corpus.cleanup;
  h = await startHarness({ seedsDir: corpus.dir, extract: 'real' });
});
afterAll(async () => {
  await h.stop();
  await cleanup();
});

async function problemsFor(interaction: Parameters<typeof interact>[1]): Promise<string[]> {
  const reply = await interact(h.fake, interaction);
  const problems = callbackProblems(reply.callback.body);
  if (reply.deferred) problems.push(...messageProblems(reply.message, 'deferred edit'));
  return problems;
}

describe('hostile queries through the real bot get a reply Discord would accept, pinging nobody', () => {
  const cases: Array<[string, (q: string) => Parameters<typeof interact>[1]]> = [
    ['/whosaid', (q) => slash('whosaid', [str('text', q)])],
    ['/quote', (q) => slash('quote', [str('topic', q), str('speaker', q.slice(0, 50))])],
    ['/ask', (q) => slash('ask', [str('question', q)])],
    ['whosaid autocomplete', (q) => autocomplete('whosaid', [str('text', q, true)])],
    ['quote speaker autocomplete', (q) => autocomplete('quote', [str('topic', ''), str('speaker', q, true)])],
  ];
  for (const [name, build] of cases) {
    it(name, async () => {
      const queries = fc.sample(queryArb, { numRuns: BOT_RUNS, seed: SEED });
      for (const q of queries) expect(await problemsFor(build(q)), JSON.stringify(q.slice(0, 80))).toEqual([]);
    });
  }
});
