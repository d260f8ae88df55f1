import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractArticle, type ArticleExtraction } from '../../src/extract/index.js';
import type { Article } from '../../src/model/article.js';
import { tempCorpus } from '../helpers/corpus.js';

// One article written four ways: how a file ends its lines must not change what is found in it.
const LF = readFileSync(new URL('../fixtures/articles/harbour-fund.txt', import.meta.url), 'utf8');

const VARIANTS: Record<string, string> = {
  'CRLF (Windows)': LF.replace(/\n/g, '\r\n'),
  'CR only (classic Mac)': LF.replace(/\n/g, '\r'),
  'no final newline': LF.replace(/\n+$/, ''),
};

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function load(text: string): Promise<Article> {
  const c = await tempCorpus({ 'harbour-fund.txt': text });
  cleanup = c.cleanup;
  const { articles, warnings } = await loadCorpus(c.dir);
  expect(warnings).toEqual([]);
  expect(articles).toHaveLength(1);
  return articles[0];
}

/** Every `{text, start, end}` inside `value`, wherever it sits in the records. */
function spans(value: unknown, out: Array<{ text: string; start: number; end: number }> = []): typeof out {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as (typeof out)[number]);
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

/** The records with offsets and texts moved to the LF version of `text` (one `\n` per line break). */
function asLf(extraction: ArticleExtraction, text: string): ArticleExtraction {
  const lfAt: number[] = [];
  let removed = 0;
  for (let i = 0; i <= text.length; i++) {
    lfAt.push(i - removed);
    if (text[i] === '\r' && text[i + 1] === '\n') removed++;
  }
  const copy = structuredClone(extraction);
  for (const s of spans(copy)) {
    s.start = lfAt[s.start];
    s.end = lfAt[s.end];
    s.text = s.text.replace(/\r\n?/g, '\n');
  }
  return { ...copy, hash: '' };
}

function expectSpansInText(extraction: ArticleExtraction, text: string): void {
  const all = spans(extraction);
  expect(all.length).toBeGreaterThan(20);
  for (const s of all) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('line endings', () => {
  it('the LF article yields the quotations and facts a reader sees in it', async () => {
    const article = await load(LF);
    const { quotes, facts } = extractArticle(article);
    expect(quotes.map((q) => [q.text.slice(0, 24), q.speaker])).toEqual(
      expect.arrayContaining([
        ['We are not going to wait', 'Ana Ruiz'],
        ['This wall has protected ', 'Ana Ruiz'],
        ['It is a floor, not a cei', 'Ana Ruiz'],
      ]),
    );
    const values = facts.flatMap((f) => f.values.map((v) => v.text));
    expect(values).toEqual(expect.arrayContaining(['$12 million', '18 months']));
    expect(article.title).toBe('Harbour town votes to rebuild its sea wall');
    expect(article.date).toBe('2023-03-14');
  });

  for (const [name, text] of Object.entries(VARIANTS)) {
    it(`${name}: the same title, date, paragraphs, quotations and facts as LF, offsets into the file as read`, async () => {
      const lf = await load(LF);
      const variant = await load(text);
      expect(variant.text).toBe(text);
      expect([variant.title, variant.date]).toEqual([lf.title, lf.date]);
      expect(variant.paragraphs.length).toBe(lf.paragraphs.length);
      const got = extractArticle(variant);
      expectSpansInText(got, text);
      expect(asLf(got, text)).toEqual({ ...extractArticle(lf), hash: '' });
    });
  }

  it('a quoted last sentence with no newline after it is cited inside the text', async () => {
    const text = VARIANTS['no final newline'];
    const got = extractArticle(await load(text));
    expectSpansInText(got, text);
    const last = got.facts.at(-1);
    expect(last?.passage.text).toBe('"It is a floor, not a ceiling," Ruiz added of the budget.');
    expect(last?.passage.end).toBe(text.length);
  });
});
