import { ask } from '../../src/answer/ask.js';
import type { CoverageIndex } from '../../src/index/build.js';

/** The items of /ask's top answer when it is a list, or null when it gives no list. */
export function askedItems(index: CoverageIndex, question: string): string[] | null {
  const a = ask(index, question);
  const items = a.found ? a.results[0]?.values?.[0]?.items : undefined;
  return items ? items.map((i) => String(i.normalized ?? i.text)) : null;
}
