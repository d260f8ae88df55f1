/**
 * /quote per topic over many parts of test/fixtures/eval-questions (issue 13): for each topic,
 * whether the expected quotation is in the top three with the set's speaker, without it, and with
 * the quotation's own words as the topic (with and without the speaker). Prints the counts; with
 * --out, one JSON line per topic (for comparing two commits; spent parts only: it shows the top
 * three). DIS=1 in the environment indexes each part's distractor articles beside it.
 *
 *   npx tsx bench/quote-parts.ts [--out file.jsonl] test/fixtures/eval-questions/<part>.json ...
 */
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { quote } from '../src/answer/quotes.js';
import type { Answer } from '../src/model/answer.js';
import { indexFolder } from '../test/helpers/corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(ROOT, '../shared/eval');
const TOP = 3;

interface QuoteItem {
  topic: string;
  article: string;
  fragment: string;
  speaker?: string;
}
interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  date: string;
  text: string;
}

const loose = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

async function records(): Promise<Map<string, SourceRecord>> {
  const out = new Map<string, SourceRecord>();
  for (const file of ['dev', 'train']) {
    for (const line of (await readFile(path.join(EVAL_DIR, `polnear-${file}.jsonl`), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as SourceRecord;
      out.set(`${file}__${r.id.split('/').pop()}`, r);
    }
  }
  return out;
}

function rank(a: Answer, item: QuoteItem): number {
  if (!a.found) return -1;
  return a.results.findIndex((r) => r.source.id === item.article && loose(r.text).includes(loose(item.fragment)));
}

const hit = (a: Answer, item: QuoteItem): boolean => {
  const at = rank(a, item);
  return at >= 0 && at < TOP;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
  const all = await records();
  const totals = { topics: 0, withSpeaker: 0, withoutSpeaker: 0, exactWithSpeaker: 0, exactWithout: 0 };
  for (const file of args) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; distractors: string[]; quote: QuoteItem[] };
    if (!set.quote.length) continue;
    const dir = await mkdtemp(path.join(tmpdir(), 'quote-parts-'));
    try {
      for (const id of [...set.articles, ...(process.env.DIS === '1' ? set.distractors : [])]) {
        const r = all.get(id);
        if (!r) throw new Error(`article not found in ${EVAL_DIR}: ${id}`);
        await writeFile(path.join(dir, `${id}.txt`), r.text, 'utf8');
        await writeFile(path.join(dir, `${id}.json`), JSON.stringify({ title: r.title, outlet: r.publisher, date: r.date }), 'utf8');
      }
      const index = await indexFolder(dir);
      for (const item of set.quote) {
        const a = quote(index, item.topic, item.speaker);
        const row = {
          part: path.basename(file, '.json'),
          topic: item.topic,
          article: item.article,
          hit: hit(a, item),
          hitPlain: hit(quote(index, item.topic), item),
          exact: hit(quote(index, item.fragment, item.speaker), item),
          exactPlain: hit(quote(index, item.fragment), item),
          top: a.found ? a.results.slice(0, TOP).map((r) => `${r.speaker}: ${r.text.slice(0, 80)}`) : [],
        };
        totals.topics++;
        totals.withSpeaker += Number(row.hit);
        totals.withoutSpeaker += Number(row.hitPlain);
        totals.exactWithSpeaker += Number(row.exact);
        totals.exactWithout += Number(row.exactPlain);
        if (out) await appendFile(out, `${JSON.stringify(row)}\n`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `/quote hit@${TOP} over ${totals.topics} topics: paraphrase with the speaker ${totals.withSpeaker}, without ${totals.withoutSpeaker}; exact words with the speaker ${totals.exactWithSpeaker}, without ${totals.exactWithout}`,
  );
}

await main();
