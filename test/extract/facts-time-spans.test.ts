import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import type { TypedValue } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractFacts } from '../../src/extract/facts.js';
import { SPAN_ANCHORS } from '../../src/nlp/units.js';

function durations(text: string): { text: string; normalized: TypedValue['normalized']; anchor: string | null }[] {
  const article: Article = { id: 'a', file: 'a.txt', title: 't', date: '2021-08-18', outlet: null, url: null, text, paragraphs: [], hash: 'h' };
  return extractFacts(article, parseSentences(text), [])
    .flatMap((f) => f.values)
    .filter((v) => v.type === 'duration')
    .map((v) => ({ text: v.text, normalized: v.normalized, anchor: SPAN_ANCHORS.find((a) => a === v.context?.[0]) ?? null }));
}

describe('spans of time the number reader leaves out', () => {
  it('reads a span counted by an article', () => {
    expect(durations('After the vote the harbour master took a week off to rest.')).toEqual([{ text: 'a week', normalized: '1 week', anchor: null }]);
  });

  it('reads a span anchored to an event, with its anchor', () => {
    expect(durations('The mill owner set out ten months ago to rebuild the weir.')).toEqual([{ text: 'ten months', normalized: '10 months', anchor: 'ago' }]);
    expect(durations('The ruling lands just eight weeks before the county fair opens.')).toEqual([
      { text: 'eight weeks', normalized: '8 weeks', anchor: 'before' },
    ]);
    expect(durations('Two days later, the ferry sailed again.')).toEqual([{ text: 'Two days', normalized: '2 days', anchor: 'later' }]);
  });

  it('does not read a rate or a compound word as a span', () => {
    expect(durations('The levy costs $40 a year and the bins are emptied twice a week.')).toEqual([]);
    expect(durations('A month-long closure of the bridge begins soon.')).toEqual([]);
  });

  it('leaves a vague span alone', () => {
    expect(durations('A few years ago the depot was sold.')).toEqual([]);
  });
});
