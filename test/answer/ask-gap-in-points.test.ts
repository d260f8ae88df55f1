/**
 * Issue 13, precision: a share written in points ("trailed by 0.3 percentage points") is the gap
 * between two shares, so it answers a question about a gap and never "what percent did she get".
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { gapNotAsked } from '../../src/answer/ask/precision.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';

const share = (text: string, normalized: number): TypedValue => ({ type: 'percent', text, start: 0, end: text.length, normalized });

describe('a share in points answers only a question about a gap', () => {
  it("holds a share in points back from a question asking for someone's share", () => {
    expect(gapNotAsked(analyseQuestion('what percent did ruiz get in the caucus'), share('0.3 percentage points', 0.3))).toBe(true);
  });

  it('lets it answer a question about a margin, a lead or points', () => {
    expect(gapNotAsked(analyseQuestion('by what margin did lee win the caucus'), share('0.3 percentage points', 0.3))).toBe(false);
    expect(gapNotAsked(analyseQuestion('how big is lees lead in the poll'), share('seven percentage points', 7))).toBe(false);
    expect(gapNotAsked(analyseQuestion('how many points is ruiz behind'), share('seven points', 7))).toBe(false);
  });

  it('lets it answer a question about a change of a share, whatever form the change word takes', () => {
    expect(gapNotAsked(analyseQuestion('how much did ruizs support slip in the harlan poll'), share('three percentage points', 3))).toBe(false);
    expect(gapNotAsked(analyseQuestion('how much have lees numbers improved since march'), share('four points', 4))).toBe(false);
    expect(gapNotAsked(analyseQuestion('how much is lee beating ruiz in the poll'), share('seven points', 7))).toBe(false);
  });

  it('leaves a share written in percent alone', () => {
    expect(gapNotAsked(analyseQuestion('what percent did ruiz get in the caucus'), share('41 percent', 41))).toBe(false);
  });
});

const ARTICLES: Record<string, string> = {
  'caucus.txt': ` date 2024-02-06

Lee edges Ruiz in Harlan County caucus

HARLAN — Councilwoman Marta Ruiz took the stage at the county fairgrounds late Monday night trailing Mayor Dana Lee by just 0.3 percentage points in the Harlan County caucus.

Ruiz thanked her volunteers and said she would keep campaigning through the spring.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask with a gap in points', () => {
  it('does not give the gap as the share Ruiz got', () => {
    expect(ask(index(), 'what percent did ruiz get in the harlan county caucus').found).toBe(false);
  });

  it('gives the gap for a question about the margin', () => {
    const a = ask(index(), 'by what margin was ruiz trailing lee in the caucus');
    expect(a.found).toBe(true);
    expect(a.results[0]?.values?.[0]?.normalized).toBe(0.3);
  });
});
