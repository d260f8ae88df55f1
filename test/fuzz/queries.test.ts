import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CoverageService } from '../../src/service/coverage.js';
import type { Answer } from '../../src/model/answer.js';
import { renderText } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';

import { RUNS, SEED, queryArb } from './arbitraries.js';
import { seedCorpus } from '../helpers/corpus.js';

function assertWellFormed(a: Answer): void {
  expect(typeof a.found).toBe('boolean');
  expect(Array.isArray(a.results)).toBe(true);
  if (!a.found) expect(a.results).toEqual([]);
  if (!a.found) expect(typeof a.message).toBe('string');
  for (const r of a.results) {
    expect(r.passage.text.length).toBeGreaterThan(0);
    expect(r.score).toBeGreaterThanOrEqual(0);
  }
  expect(() => renderText(a)).not.toThrow();
  expect(() => JSON.parse(renderJson(a))).not.toThrow();
}

let service: CoverageService;
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  const corpus = await seedCorpus();
  cleanup = corpus.cleanup;
  service = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null });
});
afterAll(() => cleanup());

describe('every command survives hostile queries', () => {
  it('whosaid', () => {
    fc.assert(
      fc.property(queryArb, (q) => assertWellFormed(service.whosaid(q))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('quote with and without a speaker', () => {
    fc.assert(
      fc.property(queryArb, fc.option(queryArb), (t, s) => assertWellFormed(service.quote(t, s ?? undefined))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('ask', () => {
    fc.assert(
      fc.property(queryArb, (q) => assertWellFormed(service.ask(q))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('autocomplete returns at most 25 choices of at most 100 characters', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        for (const choices of [service.suggestQuotes(q), service.suggestSpeakers(q)]) {
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
