import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_FIXTURES } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { asArticle, shapeText, wordsWithoutPunctuation, type Shape } from '../../bench/shapes.js';
import { generateCorpus } from '../../bench/generate.js';

/** Every text compromise is handed, by length: the bound must hold for what it actually sees. */
const seen = vi.hoisted(() => [] as number[]);
vi.mock('compromise', async (original) => {
  const real = (await original<{ default: ((text: string) => unknown) & Record<string, unknown> }>()).default;
  const spy = (text: string): unknown => {
    seen.push(text.length);
    return real(text);
  };
  // its helpers (methods, world, plugin…) read `this`, so they stay bound to the real one
  for (const [key, value] of Object.entries(real)) Object.assign(spy, { [key]: typeof value === 'function' ? value.bind(real) : value });
  return { default: spy };
});

const { parseSentences } = await import('../../src/nlp/parse.js');
const { extractArticle } = await import('../../src/extract/index.js');
const { MAX_PIECE } = await import('../../src/nlp/segment.js');

const KB = 1024;
const PATHOLOGICAL: readonly Shape[] = ['no punctuation', 'mark run', 'one quotation'];

describe('extraction cost on pathological text', () => {
  it(`hands compromise no piece longer than ${MAX_PIECE} characters, whatever the shape`, () => {
    for (const shape of nonEmpty<Shape>([...PATHOLOGICAL, 'prose'])) {
      seen.length = 0;
      parseSentences(shapeText(shape, 64 * KB));
      expect(seen.length, shape).toBeGreaterThan(1);
      expect(Math.max(...seen), shape).toBeLessThanOrEqual(MAX_PIECE);
    }
  }, 60_000);

  it('keeps every sentence offset pointing at its own text when a long line is cut', () => {
    const text = wordsWithoutPunctuation(20 * KB);
    const sentences = nonEmpty(parseSentences(text), 'sentences');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of sentences.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  }, 30_000);

  it('extracts a 256 KB line without sentence punctuation', () => {
    const part = extractArticle(asArticle('line', shapeText('no punctuation', 256 * KB)));
    expect(part.facts.length).toBeGreaterThan(0);
  }, 40_000);

  it('extracts 256 KB of quote marks', () => {
    const part = extractArticle(asArticle('marks', shapeText('mark run', 256 * KB)));
    expect(part.quotes).toEqual([]);
  }, 40_000);

  it('extracts one 256 KB quotation, whole, with its speaker', () => {
    const text = shapeText('one quotation', 256 * KB);
    const part = extractArticle(asArticle('quotation', text));
    expect(part.quotes).toHaveLength(1);
    expect(part.quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', start: text.indexOf('"') + 1, end: text.length - 1 });
  }, 40_000);

  it('extracts a 256 KB line of short quotations without punctuation', () => {
    const text = 'Ana Ruiz said "we go now" and '.repeat((256 * KB) / 30);
    const part = extractArticle(asArticle('quotes', text));
    expect(part.quotes.length).toBeGreaterThan(1000);
  }, 40_000);
});

describe('parsing in pieces', () => {
  const ordinary = (): Array<[string, string]> => [
    ...readdirSync(SEED_FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(path.join(SEED_FIXTURES, f), 'utf8')]),
    ...generateCorpus(3, 40).map((a): [string, string] => [a.id, a.text]),
  ];

  it('gives ordinary articles exactly the sentences and tags of one whole-text parse', async () => {
    const { parseUncut } = await import('../../src/nlp/parse.js');
    for (const [id, text] of nonEmpty(ordinary(), 'articles')) expect(parseSentences(text, 1500), id).toEqual(parseUncut(text));
  }, 60_000);
});
