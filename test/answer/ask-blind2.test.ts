/**
 * The second blind question set (issue 4): questions written before the /ask code was read, on the
 * seeds (phrased like Discord users: pronouns, typos, paraphrases), on two more invented articles
 * (test/fixtures/ask/articles-blind2: relative dates, percentages, money, ages in appositives, lists)
 * and on near-misses the coverage cannot answer. Prints the accuracy.
 */
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
  /** Words the cited passage must contain; a list means any one of them. */
  passage?: string | string[];
  none?: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/ask');

/** Seeds, the tuned fixture articles (as distractors) and the blind articles, in one corpus folder. */
async function buildCorpus(dir: string): Promise<CoverageIndex> {
  for (const from of [path.join(ROOT, 'seeds'), path.join(FIXTURES, 'articles'), path.join(FIXTURES, 'articles-blind'), path.join(FIXTURES, 'articles-blind2')]) {
    for (const name of await readdir(from)) await copyFile(path.join(from, name), path.join(dir, name));
  }
  const corpus = await loadCorpus(dir);
  return openIndex(await buildIndexData(corpus.articles, corpus.warnings, null));
}

const norm = (v: unknown) => String(v ?? '').toLowerCase();

/** Same rules as the tuned set's judge: the expected value, not merely "found". */
function judge(item: Item, a: Answer): boolean {
  if (item.none) return !a.found;
  if (!a.found) return false;
  const top = a.results[0]?.values?.[0];
  if (item.differ) {
    const shown = a.results.map((r) => norm(r.values?.[0]?.normalized));
    return a.sourcesDiffer === true && item.differ.every((d) => shown.includes(norm(d)));
  }
  if (item.passage) {
    const text = a.results[0].passage.text;
    return (Array.isArray(item.passage) ? item.passage : [item.passage]).some((p) => text.includes(p));
  }
  if (a.sourcesDiffer) return false;
  if (item.items) {
    const got = (top?.items ?? []).map((i) => norm(i.normalized)).sort();
    return JSON.stringify(got) === JSON.stringify(item.items.map(norm).sort());
  }
  return norm(top?.normalized) === norm(item.value);
}

describe('/ask second blind question set', () => {
  let dir = '';
  let index: CoverageIndex;
  let items: Item[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ask-blind2-'));
    index = await buildCorpus(dir);
    items = (JSON.parse(await readFile(path.join(FIXTURES, 'blind2.json'), 'utf8')) as { questions: Item[] }).questions;
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints its accuracy and never answers an unanswerable question', () => {
    const failures: string[] = [];
    let answeredUnanswerable = 0;
    for (const item of items) {
      const a = ask(index, item.q);
      if (judge(item, a)) continue;
      if (item.none) answeredUnanswerable++;
      const got = a.found ? `${a.answer} [${a.results[0]?.values?.[0]?.normalized ?? ''}]${a.sourcesDiffer ? ' (differ)' : ''} «${a.results[0]?.passage.text.slice(0, 80)}»` : 'not found';
      failures.push(`${item.q} → ${got}`);
    }
    const accuracy = (items.length - failures.length) / items.length;
    console.log(`ask blind2 accuracy: ${(accuracy * 100).toFixed(1)} % (${items.length - failures.length}/${items.length})${failures.length ? `\nmisses:\n  ${failures.join('\n  ')}` : ''}`);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(answeredUnanswerable).toBe(0);
    // First measured before any fix: 67.6 % (48/71), no unanswerable answered. After the issue-4
    // fixes 93.0 % (66/71); the set is now partly tuned to, so the next blind set is the honest figure.
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
