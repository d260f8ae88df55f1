import { expect } from 'vitest';

/**
 * The list a test is about to loop over, after checking it has something in it: a loop over an
 * empty list asserts nothing, so a test that should check every quotation would pass with none.
 */
export function nonEmpty<T>(list: readonly T[], what = 'the list this test checks'): readonly T[] {
  expect(list.length, `${what} is empty`).toBeGreaterThan(0);
  return list;
}
