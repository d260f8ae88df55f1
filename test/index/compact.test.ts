import { describe, expect, it } from 'vitest';
import { compactPart, expandPart } from '../../src/index/compact.js';
import type { ArticleExtraction } from '../../src/extract/index.js';
import type { FactRecord, QuoteRecord } from '../../src/model/records.js';

const article = 'The mayor said: "We will rebuild the harbour before the winter." Then she left on 3 May 2024.';
const passage = { text: article.slice(0, 64), start: 0, end: 64 };

function quote(over: Partial<QuoteRecord> = {}): QuoteRecord {
  return {
    id: 'harbour:q1',
    articleId: 'harbour',
    text: 'We will rebuild the harbour before the winter.',
    start: 17,
    end: 63,
    speaker: 'The mayor',
    speakerId: 'person:mayor',
    speakerMention: { text: 'The mayor', start: 0, end: 9 },
    cue: { text: 'said', start: 10, end: 14 },
    kind: 'direct',
    passage,
    confidence: 0.9,
    ...over,
  };
}

function fact(over: Partial<FactRecord> = {}): FactRecord {
  const sentence = { text: article.slice(65), start: 65, end: article.length };
  return {
    id: 'harbour#f0',
    articleId: 'harbour',
    statement: sentence.text,
    passage: sentence,
    values: [
      { type: 'date', text: '3 May 2024', start: 82, end: 92, normalized: '2024-05-03', items: [{ type: 'date', text: 'May 2024', start: 84, end: 92 }] },
    ],
    entities: [],
    subject: 'she',
    predicate: ['leave'],
    terms: ['leave', 'may', '2024'],
    ...over,
  };
}

function part(quotes: QuoteRecord[], facts: FactRecord[]): ArticleExtraction {
  return { articleId: 'harbour', hash: 'h1', quotes, facts, entities: [] };
}

function roundTrip(p: ArticleExtraction, text = article): { json: string; back: ArticleExtraction; ok: boolean } {
  const json = JSON.stringify(compactPart(p, text));
  const back = JSON.parse(json) as ArticleExtraction;
  return { json, back, ok: expandPart(back, text) };
}

describe('records as the snapshot stores them', () => {
  it('store the article words they repeat as offsets and get them back exactly', () => {
    const p = part([quote()], [fact()]);
    const { json, back, ok } = roundTrip(p);
    expect(json).not.toContain('rebuild');
    expect(json).not.toContain('she left');
    expect(ok).toBe(true);
    expect(back).toEqual(p);
  });

  it('leave the article id and record ids out when they follow the pattern, and keep any that do not', () => {
    const p = part([quote(), quote({ id: 'harbour:q7', articleId: 'elsewhere' })], [fact({ id: 'custom' })]);
    const { json, back } = roundTrip(p);
    expect(json).not.toContain('harbour:q1');
    expect(json).toContain('harbour:q7');
    expect(json).toContain('elsewhere');
    expect(json).toContain('custom');
    expect(back).toEqual(p);
  });

  it('keep texts that differ from the article (normalised forms) as they are', () => {
    const p = part([quote({ text: 'we will rebuild the harbour', start: 17, end: 44 })], [fact({ statement: 'She left in May.' })]);
    const { json, back } = roundTrip(p);
    expect(json).toContain('we will rebuild the harbour');
    expect(json).toContain('She left in May.');
    expect(back).toEqual(p);
  });

  it('report a span pointing outside its article as damage', () => {
    const { back } = roundTrip(part([quote()], []));
    expect(expandPart({ ...back, quotes: [{ ...back.quotes[0], text: null as unknown as string, start: 10, end: 5000 }] }, article)).toBe(false);
  });
});

describe('a span whose offsets do not restore it', () => {
  it('keeps its text when it runs past the end of the article, and loads back as it was', () => {
    // `slice` clamps, so a passage one character past the end still "matches" the text it holds.
    const tail = { text: article.slice(65), start: 65, end: article.length + 1 };
    const p = part([], [fact({ passage: tail, statement: tail.text })]);
    const { back, ok } = roundTrip(p);
    expect(ok).toBe(true);
    expect(back.facts[0].passage).toEqual(tail);
  });

  it('keeps its text when its length and offsets disagree', () => {
    const short = { text: 'We will rebuild', start: 17, end: 40 };
    const { back, ok } = roundTrip(part([quote({ passage: short })], []));
    expect(ok).toBe(true);
    expect(back.quotes[0].passage).toEqual(short);
  });
});
