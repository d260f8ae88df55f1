import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * npx tsx bench/topic-vectors.ts  (also part of `npm run bench`)
 * What word vectors cost /quote, side by side with WordNet alone: bench/topic-cost.ts run in three
 * fresh processes on the seed articles: WORD_VECTORS_FILE pointing nowhere (topics then read
 * through WordNet only), the installed table with QUOTE_MEANING=off (words' neighbours only), and
 * the table with each quotation's meaning as a whole too (src/answer/topic-meaning.ts). First topic (the
 * tables' load), new and repeated topics' mean, by the most quoted speaker, and memory after.
 */

export interface TopicCostRow {
  reading: 'WordNet only' | 'WordNet + word vectors' | 'WordNet + word vectors + meaning';
  firstTopicMs: number;
  newTopicMs: number;
  repeatedTopicMs: number;
  speakerTopicMs: number | null;
  heapUsedMB: number;
  rssMB: number;
}

interface TopicCost {
  firstTopicMs: number;
  newTopicMs: number;
  repeatedTopicMs: number;
  speakerTopicMs: number | null;
  after: { rssMB: number; heapUsedMB: number };
}

type Reading = TopicCostRow['reading'];

function measure(reading: Reading): TopicCostRow {
  const script = fileURLToPath(new URL('./topic-cost.ts', import.meta.url));
  const env = {
    ...process.env,
    ...(reading === 'WordNet only' ? { WORD_VECTORS_FILE: '/nonexistent/word-vectors.bin' } : {}),
    QUOTE_MEANING: reading === 'WordNet + word vectors + meaning' ? 'on' : 'off',
  };
  const out = execFileSync(process.execPath, ['--expose-gc', '--no-warnings', '--import', 'tsx', script], { env, encoding: 'utf8' });
  const cost = JSON.parse(out.trim().split('\n').pop() ?? '{}') as TopicCost;
  return {
    reading,
    firstTopicMs: cost.firstTopicMs,
    newTopicMs: cost.newTopicMs,
    repeatedTopicMs: cost.repeatedTopicMs,
    speakerTopicMs: cost.speakerTopicMs,
    heapUsedMB: cost.after.heapUsedMB,
    rssMB: cost.after.rssMB,
  };
}

export function benchTopicVectors(log: (msg: string) => void): TopicCostRow[] {
  const readings: Reading[] = ['WordNet only', 'WordNet + word vectors', 'WordNet + word vectors + meaning'];
  return readings.map((reading) => {
    log(`  topics read through ${reading}…`);
    return measure(reading);
  });
}

export function topicVectorsTable(rows: readonly TopicCostRow[]): string {
  const head =
    '| topics read through | first topic ms | new topic ms (mean of 20) | repeated ms | by a speaker ms | heap MB after | RSS MB after |\n|---|---|---|---|---|---|---|';
  const line = (r: TopicCostRow): string =>
    `| ${r.reading} | ${r.firstTopicMs} | ${r.newTopicMs} | ${r.repeatedTopicMs} | ${r.speakerTopicMs ?? '-'} | ${r.heapUsedMB} | ${r.rssMB} |`;
  return [head, ...rows.map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchTopicVectors((msg) => process.stderr.write(`${msg}\n`));
  process.stdout.write(`\n${topicVectorsTable(rows)}\n`);
}
