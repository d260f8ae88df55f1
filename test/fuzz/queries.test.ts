import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { CoverageService } from '../../src/service/coverage.js';
import type { Answer } from '../../src/model/answer.js';
import { renderText } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';

/** `npm test` runs a fixed-seed sample; `npm run fuzz` raises FUZZ_RUNS for a larger run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20170128);

const NASTY = [
  '', ' ', '\t\n', 'x'.repeat(6000), '\u0000\u0007\u001b[31m', '\ud800', '\udfff abc', 'مرحبا بالعالم', 'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧 🇺🇸', 'a\u200b\u200c\u200db', '```js\nalert(1)\n```', '**bold** __u__ ~~s~~ ||spoiler||', '@everyone', '@here', '<@123456789012345678>',
  '<@&123456789012345678>', '<#1>', 'https://example.com/?q=1&x=<script>', '.*+?^${}()|[]\\', "'; DROP TABLE quotes; --", '../../etc/passwd',
  'C:\\Windows\\system32', '%s%n%x', '\u202eevil', 'null', 'undefined', '[object Object]', '__proto__', 'constructor',
];

/** Strings people (and attackers) actually send: mixes of the nasty cases and arbitrary Unicode. */
const queryArb = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...NASTY, 'harbour', 'refugees', 'who', 'signed'), { maxLength: 8 }).map((a) => a.join(' ')),
);

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
beforeAll(async () => {
  service = await CoverageService.open({ seedsDir: path.resolve('seeds'), indexPath: null });
});

describe('every command survives hostile queries', () => {
  it('whosaid', () => {
    fc.assert(fc.property(queryArb, (q) => assertWellFormed(service.whosaid(q))), { numRuns: RUNS, seed: SEED });
  });

  it('quote with and without a speaker', () => {
    fc.assert(fc.property(queryArb, fc.option(queryArb), (t, s) => assertWellFormed(service.quote(t, s ?? undefined))), { numRuns: RUNS, seed: SEED });
  });

  it('ask', () => {
    fc.assert(fc.property(queryArb, (q) => assertWellFormed(service.ask(q))), { numRuns: RUNS, seed: SEED });
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
