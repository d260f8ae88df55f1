/**
 * What WordNet costs /quote (issue 13): nothing is read at start-up; the first topic reads the
 * index files. Prints the first topic's time, new and repeated topics' mean time, the same topics
 * by the most quoted speaker (which also read the sentence before each quotation), and memory
 * before and after, on the seed articles or a corpus folder given.
 *
 *   node --expose-gc --import tsx bench/topic-cost.ts [folder]
 */
import { quote } from '../src/answer/quotes.js';
import { SEED_FIXTURES, indexFolder } from '../test/helpers/corpus.js';

const TOPICS = [
  'immigration policy',
  'deleting messages',
  'hope over fear',
  'travel ban criticism',
  'building walls',
  'refugees welcome',
  'tech leaders angry',
  'executive order signed',
  'students undocumented',
  'safety of the country',
  'families torn apart',
  'economic growth jobs',
  'voters happy with the result',
  'the debate barely mattered',
  'courage to choose',
  'dreamers protection',
  'middle school teacher',
  'nation of immigrants',
  'president elected',
  'muslim countries visas',
];

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number): number => Math.round((n / 1048576) * 10) / 10;

function memory(): { rssMB: number; heapUsedMB: number; externalMB: number } {
  gc?.();
  const m = process.memoryUsage();
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external) };
}

function meanMs(topics: string[], run: (t: string) => unknown): number {
  const t = performance.now();
  for (const topic of topics) run(topic);
  return Math.round(((performance.now() - t) / topics.length) * 10) / 10;
}

const index = await indexFolder(process.argv[2] ?? SEED_FIXTURES);
const before = memory();
const t = performance.now();
quote(index, 'rising rents');
const firstTopicMs = Math.round(performance.now() - t);
const afterFirst = memory();
const newTopicMs = meanMs(TOPICS, (x) => quote(index, x));
const repeatedTopicMs = meanMs(TOPICS, (x) => quote(index, x));
const speaker = mostQuoted();
const speakerTopicMs = speaker ? meanMs(TOPICS, (x) => quote(index, x, speaker)) : null;
console.log(JSON.stringify({ gc: gc !== undefined, firstTopicMs, newTopicMs, repeatedTopicMs, speaker, speakerTopicMs, before, afterFirst, after: memory() }));

function mostQuoted(): string | null {
  const counts = new Map<string, number>();
  for (const q of index.search.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
