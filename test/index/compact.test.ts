import { describe, expect, it } from 'vitest';
import { recordReplacer, restoreRecords } from '../../src/index/compact.js';

const article = 'The mayor said: "We will rebuild the harbour before the winter." Then she left.';

describe('span compaction', () => {
  it('stores exact copies of article text as offsets and restores them', () => {
    const quote = { text: 'We will rebuild the harbour before the winter.', start: 17, end: 63, passage: { text: article.slice(0, 64), start: 0, end: 64 }, speaker: 'The mayor' };
    const json = JSON.stringify({ quotes: [quote] }, recordReplacer(article));
    expect(json).not.toContain('rebuild');
    const back = JSON.parse(json) as unknown;
    expect(restoreRecords(back, article)).toBe(true);
    expect(back).toEqual({ quotes: [quote] });
  });

  it('keeps texts that differ from the article (normalised forms) as they are', () => {
    const value = { text: 'we will rebuild the harbour', start: 17, end: 44 };
    expect(JSON.parse(JSON.stringify(value, recordReplacer(article)))).toEqual(value);
  });

  it('reports a span pointing outside its article as damage', () => {
    expect(restoreRecords({ text: 0, start: 10, end: 5000 }, article)).toBe(false);
  });

  it('stores a fact statement that is its passage word for word as 0 and restores it', () => {
    const passage = { text: article.slice(0, 64), start: 0, end: 64 };
    const part = { facts: [{ statement: passage.text, passage }, { statement: 'The mayor said', passage }] };
    const json = JSON.stringify(part, recordReplacer(article));
    expect(json).toContain('"statement":0');
    expect(json).toContain('"statement":"The mayor said"');
    const back = JSON.parse(json) as unknown;
    expect(restoreRecords(back, article)).toBe(true);
    expect(back).toEqual(part);
  });
});
