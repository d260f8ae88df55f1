/**
 * Study tool (spent sets only): for every question a set asks for a list of, or that /ask reads as
 * asking for many, one JSON line with what /ask answered and the candidates it weighed: the top one
 * and the best list, with their probabilities and features.
 *
 *   npx tsx bench/list-dump.ts --set <file.json> [--set …] > out.jsonl
 */
import { ask, prepare } from '../src/answer/ask.js';
import { candidates } from '../src/answer/ask/candidates.js';
import { score } from '../src/answer/ask/score.js';
import { decide, fitsSlot } from '../src/answer/ask/decide.js';
import { leadOverRivals } from '../src/answer/ask/listed.js';
import { wholeName } from '../src/answer/ask/whole-name.js';
import type { Scored } from '../src/answer/ask/types.js';
import { isExpectedValue } from '../test/answer/question-set.js';
import { askRight, forEachAskItem, kindOf, type SetAskItem } from './eval-articles.js';

function brief(item: SetAskItem, c: Scored | undefined, i: number, all: Scored[] = []) {
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
    leadX: Number(Math.min(3, leadOverRivals(c, all)).toFixed(2)),
    itemTypes: (c.value.items ?? []).map((x) => x.type),
    f: c.features,
    expected,
    inArticle: c.record.articleId === item.article,
    text: c.record.passage.text.replace(/\s+/g, ' ').slice(0, 300),
    ctx: c.value.context ?? [],
  };
}

const argv = process.argv.slice(2);
await forEachAskItem(
  argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : [])),
  (item, index, set) => {
    const prepared = prepare(index, item.q);
    if ('command' in prepared) return;
    const q = prepared.question;
    if (!item.items && !q.plural) return;
    const a = ask(index, item.q);
    const scored = score(candidates(q, prepared.retrieved, prepared.termsOf));
    const fitting = scored.filter((c) => fitsSlot(q, c));
    const d = decide(q, scored, prepared.retrieved, prepared.termsOf);
    const listAt = fitting.findIndex((c) => (c.value.items?.length ?? 0) > 1);
    const rightAt = item.items ? fitting.findIndex((c) => brief(item, c, 0)?.expected && c.record.articleId === item.article) : -1;
    const out = {
      set: `${set}.json`,
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
  },
);
