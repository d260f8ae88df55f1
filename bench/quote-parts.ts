/**
 * /quote per topic over many parts of test/fixtures/eval-questions (issue 13): for each topic,
 * whether the expected quotation is in the top three with the set's speaker, without it, and with
 * the quotation's own words as the topic (with and without the speaker). Prints the counts; with
 * --out, one JSON line per topic (for comparing two commits; spent parts only: it shows the top
 * three). DIS=1 in the environment indexes each part's distractor articles beside it.
 *
 *   npx tsx bench/quote-parts.ts [--out file.jsonl] test/fixtures/eval-questions/<part>.json ...
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { quote } from '../src/answer/quotes.js';
import type { Answer } from '../src/model/answer.js';
import { indexArticles, loadRecords, quoteInTop } from './eval-articles.js';

const TOP = 3;

interface QuoteItem {
  topic: string;
  article: string;
  fragment: string;
  speaker?: string;
}

const hit = (a: Answer, item: QuoteItem): boolean => quoteInTop(a, item, TOP);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
  const totals = { topics: 0, withSpeaker: 0, withoutSpeaker: 0, exactWithSpeaker: 0, exactWithout: 0 };
  for (const file of args) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; distractors: string[]; quote: QuoteItem[] };
    if (!set.quote.length) continue;
    const ids = [...set.articles, ...(process.env.DIS === '1' ? set.distractors : [])];
    const { index, cleanup } = await indexArticles(ids, await loadRecords(ids));
    try {
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
      await cleanup();
    }
  }
  console.log(
    `/quote hit@${TOP} over ${totals.topics} topics: paraphrase with the speaker ${totals.withSpeaker}, without ${totals.withoutSpeaker}; exact words with the speaker ${totals.exactWithSpeaker}, without ${totals.exactWithout}`,
  );
}

await main();
