import { afterAll, beforeAll } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import type { CoverageIndex } from '../../src/index/build.js';
import { indexFolder, tempCorpus } from './corpus.js';

/** The index over `files` in a throwaway folder, built before the file's tests and removed after them. */
export function useIndexOver(files: Record<string, string>): () => CoverageIndex {
  let cleanup: () => Promise<void> = async () => {};
  let index: CoverageIndex | undefined;
  beforeAll(async () => {
    let dir = '';
    ({ dir, cleanup } = await tempCorpus(files));
    index = await indexFolder(dir);
  }, 60_000);
  afterAll(() => cleanup());
  return () => {
    if (!index) throw new Error('the index is built before the tests run');
    return index;
  };
}

/** The value /ask asserts for a question (its top answer's first value), or null when it answers "not found". */
export function askedValue(index: CoverageIndex, question: string): string | number | undefined | null {
  const a = ask(index, question);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
}

/** The passage /ask cites for a question (its top answer's), or null when it answers "not found". */
export function askedPassage(index: CoverageIndex, question: string): string | null {
  const a = ask(index, question);
  return a.found ? (a.results[0]?.passage?.text ?? null) : null;
}
