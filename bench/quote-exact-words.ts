/**
 * /quote with each quotation's own words (issue 13): for every /quote topic of a part of
 * test/fixtures/eval-questions, the expected fragment itself is the topic, with and without the
 * set's speaker. Without the speaker it shows that exact-word topics still come first; the gap
 * with the speaker is what attribution costs the paraphrase figure (a quotation credited to
 * someone else is not among the named speaker's). Prints counts only, never the articles.
 *
 *   npx tsx bench/quote-exact-words.ts --part study|check [--misses]
 *
 * --misses (spent parts only): each missed topic with what came first instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { quote } from '../src/answer/quotes.js';
import type { Answer } from '../src/model/answer.js';
import { indexArticles, loadRecords, quoteInTop } from './eval-articles.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOP = 3;

interface QuoteItem {
  speaker?: string;
  article: string;
  fragment: string;
}

const at = process.argv.indexOf('--part');
const part = at >= 0 ? process.argv[at + 1] : undefined;
if (!part || !/^[a-z0-9-]+$/.test(part)) {
  console.error('usage: npx tsx bench/quote-exact-words.ts --part study|check');
  process.exit(2);
}
const set = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/eval-questions', `${part}.json`), 'utf8')) as { articles: string[]; quote: QuoteItem[] };

const { index, cleanup } = await indexArticles(set.articles, await loadRecords(set.articles));
try {
  const hit = (a: Answer, item: QuoteItem): boolean => quoteInTop(a, item, TOP);
  const withSpeaker = set.quote.filter((item) => hit(quote(index, item.fragment, item.speaker), item)).length;
  if (process.argv.includes('--misses')) {
    for (const item of set.quote) {
      for (const speaker of item.speaker ? [item.speaker, undefined] : [undefined]) {
        const a = quote(index, item.fragment, speaker);
        if (hit(a, item)) continue;
        const got = a.found ? a.results.slice(0, TOP).map((r) => `${r.speaker ?? '?'}: ${r.text.slice(0, 50)}`) : [a.message ?? 'not found'];
        console.log(`miss${speaker ? ' with speaker' : ''} «${item.fragment}» (${item.speaker ?? '-'}) → ${got.join(' | ')}`);
      }
    }
  }
  const alone = set.quote.filter((item) => hit(quote(index, item.fragment), item)).length;
  console.log(
    `part ${part}: /quote with the quotation's own words, hit@${TOP}: with the speaker ${withSpeaker}/${set.quote.length}, topic alone ${alone}/${set.quote.length}`,
  );
} finally {
  await cleanup();
}
