/**
 * Dumps, for every date or duration question of one or more spent /ask sets, the likeliest value
 * decide() weighs (its features, probability, lead, whether the grammar binds it to the question's
 * event, which question words its sentence lacks) and how /ask answers, as JSON lines: what a gate
 * on those figures would add or take away is counted from it without running the sets again. Only
 * for studied sets: it prints their questions; never run it on the acceptance sets or a blind one.
 *
 *   npx tsx bench/date-dump.ts <set.json> [<set.json> …] > out.jsonl
 */
import { candidates } from '../src/answer/ask/candidates.js';
import { asserted, fitsSlot, valueFits, wordsOrLead } from '../src/answer/ask/decide.js';
import { dateBound } from '../src/answer/ask/date-binding.js';
import { askedInItsUnit, boundTightly } from '../src/answer/ask/asked-unit.js';
import { restatesQuestion } from '../src/answer/ask/restates.js';
import { score } from '../src/answer/ask/score.js';
import { wholeName } from '../src/answer/ask/whole-name.js';
import { DECISION, SCORER } from '../src/answer/ask/weights.js';
import { ask, prepare } from '../src/answer/ask.js';
import { relatedLemmas } from '../src/answer/related.js';
import { isExpectedValue } from '../test/answer/question-set.js';
import { askRight, forEachAskItem, kindOf } from './eval-articles.js';

const TIME_KINDS = new Set(['date', 'duration']);

await forEachAskItem(process.argv.slice(2), (item, index, set) => {
  const p = prepare(index, item.q);
  if ('command' in p) return;
  const q = p.question;
  if (q.wants === 'statement' || !q.wants.types.some((t) => TIME_KINDS.has(t))) return;
  const a = ask(index, item.q);
  const outcome = !a.found ? 'none' : askRight(item, a) ? 'right' : 'wrong';
  const all = score(candidates(q, p.retrieved, p.termsOf));
  const fitting = all.filter((c) => fitsSlot(q, c));
  const scored = fitting.filter((c) => !restatesQuestion(q, wholeName(c).value));
  const top = scored[0];
  const row: Record<string, unknown> = {
    set: set,
    q: item.q,
    kind: kindOf(item),
    unans: item.none === true,
    expected: item.value ?? null,
    outcome,
    wants: q.wants.types.join('/'),
    focus: q.focus.map((f) => `${f.term}${f.name ? '#N' : ''}${f.weak ? '#W' : ''}${f.verb ? '#V' : ''}${f.typeNoun ? '#T' : ''}`),
  };
  if (top && top === fitting[0]) {
    const shown = wholeName(top).value;
    const words = top.record.terms;
    row.top = {
      type: top.value.type,
      text: top.value.text,
      norm: top.value.normalized,
      isRight: !item.none && isExpectedValue(item, shown) && top.record.articleId === item.article,
      p: +top.p.toFixed(3),
      rank: +top.rank.toFixed(3),
      lead: +top.lead.toFixed(3),
      crowd: +top.crowd.toFixed(3),
      ...top.features,
      fits: valueFits(q, top),
      wordsOrLead: wordsOrLead(q, top, scored, DECISION),
      asserted: asserted(q, top, scored, SCORER),
      dBound: dateBound(q, top.record, top.value),
      dTight: boundTightly(q, top.record, top.value),
      askedUnit: askedInItsUnit(q, top, DECISION),
      missing: q.focus.filter((f) => !f.weak && !top.matched.has(f.term)).map((f) => f.term),
      verbsRelated: q.focus
        .filter((f) => f.verb && !f.weak && !f.name)
        .map((f) => {
          const mine = relatedLemmas(f.term);
          return top.matched.has(f.term) ? 'm' : words.some((w) => w !== f.term && (mine.has(w) || relatedLemmas(w).has(f.term))) ? 'r' : '-';
        })
        .join(''),
      peersInSentence: top.record.values.filter((v) => v.type === top.value.type && v !== top.value).length,
      p2: +(scored.find((c) => c.value.normalized !== top.value.normalized)?.p ?? 0).toFixed(3),
      sentence: top.record.passage.text.slice(0, 240),
    };
  }
  console.log(JSON.stringify(row));
});
