/**
 * Why a passage question cannot be cited: for every answerable passage question of the sets given,
 * whether some fact record holds its expected words, and if none does, whether the words are in the
 * article, in a sentence no record covers (extract/facts.ts makes a record only of a sentence that
 * carries a typed value) or across a record's edge. Prints the counts.
 *
 *   npx tsx bench/passage-records.ts <set.json> [<set.json> …]
 *
 * Only for spent sets: it reads the expected passages.
 */
import { readFile } from 'node:fs/promises';
import { factsOf } from '../src/answer/match.js';
import { holdsPassage, indexArticles, loadRecords } from './eval-articles.js';

interface PassageItem {
  article: string;
  passage?: string | string[];
  none?: boolean;
}

type Where = 'held by a record' | 'no record over it' | 'crosses a record edge' | 'not in the text';

async function main(): Promise<void> {
  const counts = new Map<Where, number>();
  for (const file of process.argv.slice(2)) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; ask?: PassageItem[] };
    const items = (set.ask ?? []).filter((i) => !i.none && i.passage !== undefined);
    if (items.length === 0) continue;
    const { index, cleanup } = await indexArticles(set.articles, await loadRecords(set.articles));
    try {
      for (const item of items) {
        const records = factsOf(index, item.article);
        const text = index.data.articles.find((a) => a.id === item.article)?.text ?? '';
        const where = whereIs(item, records, text);
        counts.set(where, (counts.get(where) ?? 0) + 1);
      }
    } finally {
      await cleanup();
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`passage questions: ${total}; ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

function whereIs(item: PassageItem, records: ReturnType<typeof factsOf>, text: string): Where {
  if (records.some((r) => holdsPassage(item, r))) return 'held by a record';
  const p = [item.passage ?? ''].flat().find((w) => w !== '' && text.includes(w));
  if (p === undefined) return 'not in the text';
  const at = text.indexOf(p);
  return records.some((r) => r.passage.start < at + p.length && r.passage.end > at) ? 'crosses a record edge' : 'no record over it';
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
