import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';
import { SEED_FIXTURES } from '../helpers/corpus.js';

const dir = SEED_FIXTURES;
const load = (prefix: string): string => readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');

/** Every quotation of a seed article, as [first words, speaker]. */
function speakers(prefix: string): Array<[string, string | null]> {
  return quotesOf(load(prefix), prefix).quotes.map((q) => [q.text.slice(0, 24), q.speaker]);
}

describe('seed articles: every quotation has the right speaker', () => {
  it('the statement article (first names, "began a statement", continued)', () => {
    const got = speakers('000');
    expect(got.length).toBe(5);
    for (const [, speaker] of got) expect(speaker).toBe('Mark Zuckerberg');
  });

  it('the denounce article (role description, nested quotes, partials)', () => {
    const got = new Map(speakers('001'));
    expect(got.get("Like many of you, I'm co")).toBe('Mark Zuckerberg');
    expect(got.get('I was glad to hear Presi')).toBe('Mark Zuckerberg');
    expect(got.get('work something out')).toBe('Donald Trump');
    expect(got.get('people of great talent c')).toBe('Donald Trump');
    expect(got.get('I hear fearful voices ta')).toBe('Mark Zuckerberg');
    expect(got.get('We are a nation of immig')).toBe('Mark Zuckerberg');
    expect(got.get('radical Islamic terroris')).toBe('Donald Trump');
    expect(got.get('terrorists.')).toBe('Donald Trump');
  });

  it('the letter article (letter title and scare quotes left out, pronoun chain)', () => {
    const got = speakers('002');
    const texts = got.map(([t]) => t);
    expect(texts).not.toContain('Building Global Communit');
    expect(texts).not.toContain('fake news');
    expect(got.length).toBe(8);
    for (const [, speaker] of got) expect(speaker).toBe('Mark Zuckerberg');
  });
});
