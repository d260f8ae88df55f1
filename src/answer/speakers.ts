import type { Entity } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import type { Hit } from '../search/search.js';

const quoteCounts = new WeakMap<CoverageIndex, Map<string, number>>();

/** How many quotations each entity has, built once per index. */
function countsOf(index: CoverageIndex): Map<string, number> {
  let counts = quoteCounts.get(index);
  if (!counts) {
    counts = new Map();
    for (const q of index.extraction.quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    quoteCounts.set(index, counts);
  }
  return counts;
}

/**
 * Speakers matching what the user typed, among entities the coverage actually quotes: people
 * or places merely mentioned are no use to `/quote speaker:`. With no text, the most quoted first.
 */
export function quotedSpeakers(index: CoverageIndex, text: string, limit: number): Hit<Entity>[] {
  return quotedSpeakersBy(index, text, limit, countsOf(index));
}

/**
 * quotedSpeakers with the quotation counts given: per speaker id, in the order of each one's first
 * quotation (ties keep it). A scoped replica passes the counts its version's linking stored, so
 * an index over a few speakers ranks them as the whole version's would.
 */
export function quotedSpeakersBy(index: CoverageIndex, text: string, limit: number, counts: ReadonlyMap<string, number>): Hit<Entity>[] {
  if (!text.trim()) {
    const byId = new Map(index.extraction.entities.map((e) => [e.id, e]));
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([id]) => (byId.has(id) ? [{ record: byId.get(id)!, score: 1 }] : []));
  }
  return index.search
    .findSpeakers(text, limit * 4 + 10)
    .filter((h) => counts.has(h.record.id))
    .slice(0, limit);
}
