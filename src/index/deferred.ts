import type { FactRecord } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';

/**
 * Facts are about 70 % of a snapshot and only /ask reads them, so a start from a snapshot leaves
 * each article's facts as bytes and parses them when first read: `part.facts` is then a getter
 * that parses, stores the array in its place and never runs again. Everything that reads facts
 * gets the same records, only later; `settleParts` parses the rest in the background.
 */

/** Parts whose facts are not parsed yet, with how many there are (known without parsing). */
const pending = new WeakMap<object, number>();

export function deferFacts(part: Omit<ArticleExtraction, 'facts'>, count: number, parse: () => FactRecord[]): void {
  pending.set(part, count);
  Object.defineProperty(part, 'facts', {
    configurable: true,
    enumerable: true,
    get(): FactRecord[] {
      const facts = parse();
      Object.defineProperty(part, 'facts', { value: facts, writable: true, enumerable: true, configurable: true });
      pending.delete(part);
      return facts;
    },
  });
}

/** How many facts a part has, without parsing deferred ones. */
export function factCount(part: ArticleExtraction): number {
  return pending.get(part) ?? part.facts.length;
}

export function isDeferred(part: ArticleExtraction): boolean {
  return pending.has(part);
}

/** Parses every deferred part's facts, pausing between articles. */
export function* settleParts(parts: readonly ArticleExtraction[]): Generator<void, void> {
  for (const part of parts) {
    if (!pending.has(part)) continue;
    void part.facts;
    yield;
  }
}

/**
 * A value worked out on first read and kept: the corpus-wide fact list of a start from a
 * snapshot, which would otherwise parse every article's facts at once.
 */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
