import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndexData, openIndex, type CoverageIndex } from '../../src/index/build.js';
import { ask } from '../../src/answer/ask.js';
import type { Answer } from '../../src/model/answer.js';

interface Item {
  q: string;
  value?: string | number;
  items?: string[];
  differ?: string[];
  passage?: string;
  none?: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/ask');

/** Seeds plus the fixture articles, in one temporary corpus folder. */
async function buildCorpus(dir: string): Promise<CoverageIndex> {
  for (const from of [path.join(ROOT, 'seeds'), path.join(FIXTURES, 'articles')]) {
    for (const name of await readdir(from)) await copyFile(path.join(from, name), path.join(dir, name));
  }
  const corpus = await loadCorpus(dir);
  return openIndex(await buildIndexData(corpus.articles, corpus.warnings, null));
}

const norm = (v: unknown) => String(v ?? '').toLowerCase();

/** Whether an answer gives the expected value (not merely "found"). */
export function judge(item: Item, a: Answer): boolean {
  if (item.none) return !a.found;
  if (!a.found) return false;
  const top = a.results[0]?.values?.[0];
  if (item.differ) {
    const shown = a.results.map((r) => norm(r.values?.[0]?.normalized));
    return a.sourcesDiffer === true && item.differ.every((d) => shown.includes(norm(d)));
  }
  if (item.passage) return a.results[0].passage.text.includes(item.passage);
  if (a.sourcesDiffer) return false;
  if (item.items) {
    const got = (top?.items ?? []).map((i) => norm(i.normalized)).sort();
    return JSON.stringify(got) === JSON.stringify(item.items.map(norm).sort());
  }
  return norm(top?.normalized) === norm(item.value);
}

describe('/ask question set (seeds + fixture articles)', () => {
  let dir = '';
  let index: CoverageIndex;
  let items: Item[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ask-set-'));
    index = await buildCorpus(dir);
    items = (JSON.parse(await readFile(path.join(FIXTURES, 'questions.json'), 'utf8')) as { questions: Item[] }).questions;
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers at least 95 % correctly and never answers an unanswerable question', () => {
    const failures: string[] = [];
    let answeredUnanswerable = 0;
    for (const item of items) {
      const a = ask(index, item.q);
      if (judge(item, a)) continue;
      if (item.none) answeredUnanswerable++;
      failures.push(`${item.q} → ${a.found ? `${a.answer} [${a.results[0]?.values?.[0]?.normalized ?? ''}]` : 'not found'}`);
    }
    const accuracy = (items.length - failures.length) / items.length;
    console.log(`ask accuracy: ${(accuracy * 100).toFixed(1)} % (${items.length - failures.length}/${items.length})${failures.length ? `\nmisses:\n  ${failures.join('\n  ')}` : ''}`);
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(answeredUnanswerable).toBe(0);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
