/**
 * Dumps, for every question of one or more spent /ask sets, the decision /ask takes and the
 * features of the value it asserts, judged as bench/eval-questions.ts judges it (JSON lines): what
 * a gate on those features would take away, right and wrong, is counted from it without running the
 * sets again (weights.ts DECISION.loneNameLead was found so). Only for studied sets: it prints their
 * questions; never run it on the acceptance sets or a blind one.
 *
 *   npx tsx bench/ask-gate-dump.ts <set.json> [<set.json> …] > out.jsonl
 */
import { candidates } from '../src/answer/ask/candidates.js';
import { asserted, clears, decide, fitsSlot, valueFits, wordsOrLead } from '../src/answer/ask/decide.js';
import { score } from '../src/answer/ask/score.js';
import { quotedSpeakerAnswer } from '../src/answer/ask/quoted-speaker.js';
import { DECISION, SCORER } from '../src/answer/ask/weights.js';
import { ask, prepare } from '../src/answer/ask.js';
import { askRight, forEachAskItem, kindOf } from './eval-articles.js';

await forEachAskItem(process.argv.slice(2), (item, index, set) => {
  const a = ask(index, item.q);
  const source = a.found ? (a.results[0]?.source.id ?? null) : null;
  const outcome = !a.found ? 'none' : askRight(item, a) ? 'right' : 'wrong';
  const row: Record<string, unknown> = {
    set: set,
    q: item.q,
    article: item.article,
    kind: kindOf(item),
    unans: item.none === true,
    outcome,
    source,
  };
  const p = prepare(index, item.q);
  if (!('command' in p)) {
    const sp = quotedSpeakerAnswer(index, p.text, p.question, p.retrieved);
    const scored = score(candidates(p.question, p.retrieved, p.termsOf));
    const d = decide(p.question, scored, p.retrieved, p.termsOf);
    row.route = sp ? 'speaker' : d.kind;
    row.wants = p.question.wants === 'statement' ? 'statement' : p.question.wants.types.join('/');
    row.nfocus = p.question.focus.length;
    row.articles = p.retrieved.articles.length;
    row.rel = p.retrieved.articles.map((x) => +x.relevance.toFixed(3));
    if (d.kind === 'value' && !sp) {
      const t = d.top;
      const fit = scored.filter((c) => fitsSlot(p.question, c));
      const others = fit.filter((c) => c !== t && !(c.record === t.record && c.value === t.value));
      row.top = {
        type: t.value.type,
        list: (t.value.items?.length ?? 0) > 1,
        text: t.value.text,
        p: +t.p.toFixed(3),
        rank: +t.rank.toFixed(3),
        lead: +t.lead.toFixed(3),
        crowd: +t.crowd.toFixed(3),
        ...t.features,
      };
      row.viaClear = clears(t, SCORER) && valueFits(p.question, t) && wordsOrLead(p.question, t, fit, DECISION);
      row.p2 = others.length ? +others[0].p.toFixed(3) : 0;
      row.ncand = fit.length;
      row.differing = d.differing.length;
      row.alsoIn = d.alsoIn.length;
      row.topArticleRank = p.retrieved.articles.findIndex((x) => x.id === t.record.articleId);
      row.sentence = t.record.passage.text.slice(0, 300);
      row.asserted = asserted(p.question, t, fit, SCORER);
      row.focus = p.question.focus.map(
        (f) => `${f.term}${f.name ? '#N' : ''}${f.weak ? '#W' : ''}${f.verb ? '#V' : ''}${f.typeNoun ? '#T' : ''}${t.matched.has(f.term) ? '' : '#MISS'}`,
      );
    }
  }
  console.log(JSON.stringify(row));
});
