import { describe, expect, it } from 'vitest';
import { wordHighlights } from '../../src/answer/cite.js';
import { HIGHLIGHT_STOP } from '../../src/answer/lexicon.js';

/** The highlighter as it was before the query's pattern was compiled once (one RegExp per call). */
function original(passage: string, query: string): Array<{ start: number; end: number }> {
  const words = query.replace(/\u2019/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length >= 2) {
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]"));
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join("[^\\p{L}\\p{N}']+")}(?![\\p{L}\\p{N}])`, 'iu').exec(passage);
    if (m) return [{ start: m.index, end: m.index + m[0].length }];
  }
  const stop = HIGHLIGHT_STOP;
  const set = new Set((query.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? []).filter((w) => !stop.has(w)));
  return [...passage.matchAll(/[\p{L}\p{N}']+/gu)].filter((m) => set.has(m[0].toLowerCase())).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const PASSAGES = [
  '"We won\u2019t back down," Rosa Delgado said on Monday. "Not now, not ever."',
  'The ministry said the plan (worth $4.5m) would go ahead; critics called it "a [costly] mistake."',
  'ÉMILE NÚÑEZ told reporters: the city\u2019s budget is "in good shape", and that was that.',
  'Nothing to see here.',
];

const QUERIES = [
  'we wont back down',
  "we won't back down",
  'WE WON\u2019T BACK',
  'not now not ever',
  'worth 4.5m',
  '$4.5m) would',
  'a costly mistake',
  '[costly] mistake',
  'city\u2019s budget',
  'citys budget',
  'Émile núñez told',
  'the budget',
  'x',
  '',
  'said the plan',
  'budget shape that',
  '(.*+?)',
];

describe('wordHighlights', () => {
  it('marks exactly what the one-RegExp-per-call version marked, whatever order queries come in', () => {
    for (let round = 0; round < 3; round++) {
      for (const [i, q] of QUERIES.entries()) {
        // Alternate passages and repeat queries so the per-query cache is hit and switched.
        for (const p of round === 1 ? [...PASSAGES].reverse() : PASSAGES) {
          expect(wordHighlights(p, q), `${q} in ${p}`).toEqual(original(p, q));
          expect(wordHighlights(p, QUERIES[(i + round) % QUERIES.length])).toEqual(original(p, QUERIES[(i + round) % QUERIES.length]));
        }
      }
    }
  });
});
