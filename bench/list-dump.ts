/**
 * Study tool (spent sets only): for every question a set asks for a list of, or that /ask reads as
 * asking for many, one JSON line with what /ask answered and the candidates it weighed: the top one
 * and the best list, with their probabilities and features.
 *
 *   npx tsx bench/list-dump.ts --set <file.json> [--set …] > out.jsonl
 */
import { readFile } from 'node:fs/promises';
import { ask, prepare } from '../src/answer/ask.js';
import { candidates } from '../src/answer/ask/candidates.js';
import { score } from '../src/answer/ask/score.js';
import { decide, fitsSlot } from '../src/answer/ask/decide.js';
import { wholeName } from '../src/answer/ask/whole-name.js';
import type { Scored } from '../src/answer/ask/types.js';
import { valueKey } from '../src/answer/display.js';
import { isExpectedValue, type Item } from '../test/answer/question-set.js';
import { askRight, indexArticles, kindOf, loadRecords } from './eval-articles.js';

interface AskItem extends Item {
  article: string;
}

/** How far a list's score is ahead of the best value that is neither it nor one of its items (capped at 3). */
function leadOverOthers(c: Scored, all: Scored[]): number {
  const own = new Set([valueKey(c.value), ...(c.value.items ?? []).map((i) => valueKey(i))]);
  const other = Math.max(-Infinity, ...all.filter((o) => !own.has(valueKey(o.value))).map((o) => o.rank));
  return Math.min(3, c.rank - other);
}

function brief(item: AskItem, c: Scored | undefined, i: number, all: Scored[] = []) {
  if (!c) return null;
  const expected = item.items !== undefined && (isExpectedValue(item, c.value) || isExpectedValue(item, wholeName(c).value));
  return {
    i,
    type: c.value.type,
    value: String(c.value.normalized ?? c.value.text),
    n: c.value.items?.length ?? 1,
    p: Number(c.p.toFixed(3)),
    rank: Number(c.rank.toFixed(2)),
    lead: Number(c.lead.toFixed(2)),
    leadX: Number(leadOverOthers(c, all).toFixed(2)),
    itemTypes: (c.value.items ?? []).map((x) => x.type),
    f: c.features,
    expected,
    inArticle: c.record.articleId === item.article,
    text: c.record.passage.text.replace(/\s+/g, ' ').slice(0, 300),
    ctx: c.value.context ?? [],
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const files = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
  for (const file of files) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; ask: AskItem[] };
    const { index, cleanup } = await indexArticles(set.articles, await loadRecords(set.articles));
    try {
      for (const item of set.ask) {
        const prepared = prepare(index, item.q);
        if ('command' in prepared) continue;
        const q = prepared.question;
        if (!item.items && !q.plural) continue;
        const a = ask(index, item.q);
        const scored = score(candidates(q, prepared.retrieved, prepared.termsOf));
        const fitting = scored.filter((c) => fitsSlot(q, c));
        const d = decide(q, scored, prepared.retrieved, prepared.termsOf);
        const listAt = fitting.findIndex((c) => (c.value.items?.length ?? 0) > 1);
        const rightAt = item.items ? fitting.findIndex((c) => brief(item, c, 0)?.expected && c.record.articleId === item.article) : -1;
        const out = {
          set: file.split('/').pop(),
          q: item.q,
          kind: kindOf(item),
          none: item.none === true,
          items: item.items ?? null,
          plural: q.plural,
          wants: q.wants === 'statement' ? 'statement' : q.wants.types,
          focus: q.focus.map((f) => `${f.term}${f.weak ? '?' : ''}${f.name ? '!' : ''}${f.typeNoun ? '#' : ''}${f.verb ? '^' : ''}`),
          numbers: q.numbers,
          found: a.found,
          right: askRight(item, a),
          decision: d.kind,
          top: brief(item, fitting[0], 0, scored),
          list: brief(item, fitting[listAt], listAt),
          rightCand: rightAt >= 0 ? brief(item, fitting[rightAt], rightAt) : null,
        };
        console.log(JSON.stringify(out));
      }
    } finally {
      await cleanup();
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
