import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageIndex } from '../../src/index/build.js';
import { ask } from '../../src/answer/ask.js';
import type { Answer } from '../../src/model/answer.js';
import type { TypedValue } from '../../src/model/records.js';
import { indexFolder, SEED_FIXTURES } from '../helpers/corpus.js';

/** One question with what a right answer must give (see the `about` line of each set's JSON). */
export interface Item {
  q: string;
  value?: string | number;
  items?: string[];
  differ?: string[];
  /** Words the cited passage must contain; a list means any one of them. */
  passage?: string | string[];
  none?: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/ask');

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
  if (item.passage) {
    const text = a.results[0].passage.text;
    return (Array.isArray(item.passage) ? item.passage : [item.passage]).some((p) => text.includes(p));
  }
  if (a.sourcesDiffer) return false;
  return isExpectedValue(item, top);
}

/** Whether a value is the item's expected value or list (what judge() holds the top answer to; the bench scripts hold candidates to it). */
export function isExpectedValue(item: Pick<Item, 'value' | 'items'>, v: TypedValue | undefined): boolean {
  if (item.items)
    return sameItems(
      item.items,
      (v?.items ?? []).map((i) => i.normalized),
    );
  return sameValue(item.value, v?.normalized);
}

const sameValue = (expected: unknown, got: unknown): boolean => norm(got) === norm(expected) || sameName(expected, got);

/**
 * A list is right when each expected item is named by its own given item, by the rule a single
 * value is judged by (so "Robert B. Reich" in a list counts as a single answer would), and nothing
 * else is given.
 */
function sameItems(expected: readonly string[], got: readonly unknown[]): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  return expected.every((e) => {
    const at = left.findIndex((g) => sameValue(e, g));
    if (at < 0) return false;
    left.splice(at, 1); // each given item names one expected item only
    return true;
  });
}

/**
 * A name given with more than the expected form still names the same one: a middle initial
 * ("Robert B. Reich" for Robert Reich), a leading "the" ("the Associated Press"), or the state
 * or country after a place ("Toledo, Ohio" for Toledo). Anything else differs, a dropped
 * apostrophe included ("ONeill" is not "O'Neill"). Numbers, amounts, durations and dates are
 * compared exactly above.
 */
export function sameName(expected: unknown, got: unknown): boolean {
  if (typeof expected !== 'string' || typeof got !== 'string' || !/^\p{L}/u.test(expected) || /^[A-Z]{3} \d/.test(expected)) return false;
  const form = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/^the\s+/, '')
      .split(/\s+/)
      .filter((w) => !/^\p{L}\.$/u.test(w))
      .join(' ');
  const wanted = form(expected);
  return form(got) === wanted || form(got.split(',')[0]) === wanted;
}

async function buildCorpus(dir: string, articleDirs: string[]): Promise<CoverageIndex> {
  for (const from of [SEED_FIXTURES, ...articleDirs.map((d) => path.join(FIXTURES, d))]) {
    for (const name of await readdir(from)) await copyFile(path.join(from, name), path.join(dir, name));
  }
  return await indexFolder(dir);
}

export interface QuestionSet {
  /** Printed before the accuracy ("ask blind2 accuracy: …"). */
  label: string;
  /** JSON file under test/fixtures/ask. */
  file: string;
  /** Article folders under test/fixtures/ask, indexed with the seeds. */
  articleDirs: string[];
  /** The questions in the set: a set that grows or shrinks must have its claim measured again. */
  questions: number;
  /** Right answers as the README reports them for this set. */
  claimed: number;
}

/**
 * A test passes at the figure the README claims, less this many questions (about 3 % of a set),
 * so that a regression of more than noise fails and a claim can never drift far above the test.
 */
export const MARGIN = 2;

/**
 * Runs a question set over the seeds and its articles: prints the accuracy with every miss, and
 * fails below the claimed figure less MARGIN or when any unanswerable question gets an answer.
 */
export function describeQuestionSet(set: QuestionSet): void {
  describe(`/ask ${set.file}`, () => {
    let dir = '';
    let index: CoverageIndex;
    let items: Item[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'ask-set-'));
      index = await buildCorpus(dir, set.articleDirs);
      items = (JSON.parse(await readFile(path.join(FIXTURES, set.file), 'utf8')) as { questions: Item[] }).questions;
    }, 60_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const least = set.claimed - MARGIN;
    it(`answers ${set.claimed}/${set.questions} as claimed (at least ${least}, a margin of ${MARGIN}) and never answers an unanswerable question`, () => {
      const failures: string[] = [];
      let answeredUnanswerable = 0;
      for (const item of items) {
        const a = ask(index, item.q);
        if (judge(item, a)) continue;
        if (item.none) answeredUnanswerable++;
        const got = a.found
          ? `${a.answer} [${a.results[0]?.values?.[0]?.normalized ?? ''}]${a.sourcesDiffer ? ' (differ)' : ''} «${a.results[0]?.passage.text.slice(0, 80)}»`
          : 'not found';
        failures.push(`${item.q} → ${got}`);
      }
      const right = items.length - failures.length;
      console.log(
        `${set.label}: ${((right / items.length) * 100).toFixed(1)} % (${right}/${items.length})${failures.length ? `\nmisses:\n  ${failures.join('\n  ')}` : ''}`,
      );
      expect(items.length).toBe(set.questions);
      expect(answeredUnanswerable).toBe(0);
      expect(right).toBeGreaterThanOrEqual(least);
    });
  });
}
