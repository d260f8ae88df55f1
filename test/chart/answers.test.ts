import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCommand } from '../../src/answer/commands.js';
import { OTHERS, TOP_BARS, topWithOthers } from '../../src/answer/share-of-voice.js';
import { periodFor, periodOf } from '../../src/answer/timeline.js';
import type { CoverageIndex } from '../../src/index/build.js';
import type { Answer } from '../../src/model/answer.js';
import { indexFolder, tempCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { CHART_ARTICLES } from './corpus.js';

let index: CoverageIndex;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CHART_ARTICLES);
  cleanup = corpus.cleanup;
  index = await indexFolder(corpus.dir);
});
afterAll(async () => {
  await cleanup?.();
});

const bars = (a: Answer): Record<string, number> => Object.fromEntries((a.chart?.rows ?? []).map((r) => [r.label, r.count]));

describe('/speakers: share of voice', () => {
  it('counts every attributed quotation per speaker, most quoted first', () => {
    const a = answerCommand(index, 'speakers', []);
    expect(a.found).toBe(true);
    expect(a.chart?.kind).toBe('bars');
    expect(bars(a)).toEqual({
      'Hana Sorensen': 3,
      'Priya Nandakumar': 3,
      'Clara Voss': 2,
      'Owen Pritchard': 2,
      'Idris Mensah': 1,
      'Rufus Dale': 1,
      'Sam Okoro': 1,
    });
    expect(a.chart?.rows.map((r) => r.label).slice(0, 2)).toEqual(['Hana Sorensen', 'Priya Nandakumar']);
    expect(a.answer).toContain('Hana Sorensen (3 quotations in 3 articles)');
  });

  it('on a topic, counts only the quotations on it', () => {
    const a = answerCommand(index, 'speakers', ['bridge']);
    expect(bars(a)).not.toHaveProperty('Clara Voss');
    expect(bars(a)['Hana Sorensen']).toBe(3);
    expect(a.chart?.title).toContain('“bridge”');
  });

  it("with an outlet, counts that outlet's quotations, whatever the case of the name typed", () => {
    const a = answerCommand(index, 'speakers', ['', 'the brackwater echo']);
    expect(bars(a)).toEqual({ 'Owen Pritchard': 2, 'Priya Nandakumar': 2, 'Hana Sorensen': 1 });
    expect(a.answer).toContain('in Brackwater Echo');
  });

  it('an unknown outlet is named back, with the outlets there are', () => {
    const a = answerCommand(index, 'speakers', ['', 'Mars Weekly']);
    expect(a.found).toBe(false);
    expect(a.message).toContain('“Mars Weekly”');
    expect(a.suggestions).toContain('Valley Courier');
  });

  it('a topic nobody is quoted on says so instead of drawing an empty chart', () => {
    const a = answerCommand(index, 'speakers', ['volcano eruption']);
    expect(a.found).toBe(false);
    expect(a.chart).toBeUndefined();
  });

  it(`shows at most ${TOP_BARS} bars and sums the rest as "${OTHERS}"`, () => {
    const counts = new Map(Array.from({ length: 20 }, (_, i) => [`Speaker ${String(i).padStart(2, '0')}`, 40 - i]));
    const rows = topWithOthers(counts);
    expect(rows).toHaveLength(TOP_BARS + 1);
    expect(rows[0]).toEqual({ label: 'Speaker 00', count: 40 });
    // 25 + 24 + 23 + 22 + 21: the five smallest
    expect(rows[TOP_BARS]).toEqual({ label: OTHERS, count: 115 });
  });
});

describe('/speaker: a profile', () => {
  it('names the speaker, how the coverage describes them, their counts and dates', () => {
    const a = answerCommand(index, 'speaker', ['Sorensen']);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Hana Sorensen');
    expect(a.profile).toMatchObject({
      name: 'Hana Sorensen',
      quotations: 3,
      articles: 3,
      outlets: ['Brackwater Echo', 'Riverside Post', 'Valley Courier'],
      first: '2025-03-04',
      last: '2025-03-07',
    });
    expect(a.profile?.descriptions).toContain('council leader');
  });

  it('lists the words their quotations are about, with how many quotations use each', () => {
    const topics = nonEmpty(answerCommand(index, 'speaker', ['Hana Sorensen']).profile?.topics ?? [], 'topics');
    expect(topics).toContainEqual({ topic: 'bridge', quotations: 3 });
    expect(topics.map((t) => t.topic)).not.toContain('sorensen');
  });

  it('cites their most-carried quotation first, with every article carrying it', () => {
    const a = answerCommand(index, 'speaker', ['Hana Sorensen']);
    const top = a.results[0];
    expect(top.text).toBe('The bridge repair is the largest job this council has faced in a decade');
    expect(top.alsoIn).toHaveLength(2);
    expect(top.passage.text).toContain(top.text);
    expect(['bridge-cost', 'bridge-cost-other', 'bridge-ferry']).toContain(top.source.id);
  });

  it('gives at most three quotations, each cited', () => {
    const a = answerCommand(index, 'speaker', ['Priya Nandakumar']);
    expect(a.results).toHaveLength(3);
    for (const r of a.results) expect(r.passage.text).toContain(r.text);
  });

  it('a name nobody quoted carries is not found, with speakers who are', () => {
    const a = answerCommand(index, 'speaker', ['Zebulon Quark']);
    expect(a.found).toBe(false);
    expect(a.message).toContain('Zebulon Quark');
    expect(nonEmpty(a.suggestions ?? [], 'suggestions').length).toBeLessThanOrEqual(3);
  });
});

describe('/timeline: coverage over time', () => {
  it('counts the articles on the topic per day, stacked by outlet, with the quiet day left in', () => {
    const a = answerCommand(index, 'timeline', ['bridge']);
    expect(a.found).toBe(true);
    const articles = (a.chart?.rows ?? []).filter((r) => r.panel === 'articles');
    expect(articles.map((r) => [r.label, r.series, r.count])).toEqual([
      ['2025-03-03', 'Brackwater Echo', 1],
      ['2025-03-04', 'Valley Courier', 1],
      ['2025-03-05', 'Brackwater Echo', 1],
      ['2025-03-06', '', 0],
      ['2025-03-07', 'Riverside Post', 1],
    ]);
  });

  it('counts the quotations on the topic per day beside them', () => {
    const a = answerCommand(index, 'timeline', ['bridge']);
    const quotations = (a.chart?.rows ?? []).filter((r) => r.panel === 'quotations');
    expect(quotations.map((r) => [r.label, r.count])).toEqual([
      ['2025-03-03', 3],
      ['2025-03-04', 3],
      ['2025-03-05', 2],
      ['2025-03-07', 2],
    ]);
  });

  it('leaves out the article off the topic and says how many had no date', () => {
    const a = answerCommand(index, 'timeline', ['bridge']);
    expect(a.answer).toBe('5 articles and 11 quotations on “bridge”');
    expect(a.message).toContain('1 article has no date');
  });

  it('marks the days where two outlets state a different cost, and cites both values', () => {
    const a = answerCommand(index, 'timeline', ['bridge']);
    expect(a.sourcesDiffer).toBe(true);
    expect([...new Set(a.chart?.flags?.map((f) => f.label))].sort()).toEqual(['2025-03-04', '2025-03-05']);
    expect(a.results.map((r) => [r.source.id, r.text])).toEqual(
      expect.arrayContaining([
        ['bridge-cost', '4 million pounds'],
        ['bridge-cost-other', '6 million pounds'],
      ]),
    );
    for (const r of a.results) expect(r.passage.text).toContain(r.text.split(' ')[0]);
  });

  it('marks nothing when the topic has no disagreement', () => {
    const a = answerCommand(index, 'timeline', ['ferry']);
    expect(a.found).toBe(true);
    expect(a.sourcesDiffer).toBeUndefined();
    expect(a.chart?.flags).toEqual([]);
  });

  it('a topic with nothing to search for is refused with a message', () => {
    const a = answerCommand(index, 'timeline', ['!!!']);
    expect(a.found).toBe(false);
    expect(a.message).toMatch(/topic/);
  });

  it('draws per day up to a month, per week up to half a year, then per month', () => {
    expect(periodFor('2025-03-01', '2025-03-31')).toBe('day');
    expect(periodFor('2025-03-01', '2025-04-01')).toBe('week');
    expect(periodFor('2025-01-01', '2025-06-30')).toBe('week');
    expect(periodFor('2025-01-01', '2025-07-31')).toBe('month');
    expect(periodOf('2025-03-06', 'week')).toBe('2025-03-03');
    expect(periodOf('2025-03-09', 'week')).toBe('2025-03-03');
    expect(periodOf('2025-03-09', 'month')).toBe('2025-03');
  });
});
