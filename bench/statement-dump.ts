/**
 * Dumps, for every question of spent /ask sets that /ask leaves unanswered on the statement path,
 * each candidate passage with how it carries every question word (the word, a WordNet relation) and
 * how the sentence before it in the same paragraph does, judged as bench/eval-questions.ts would
 * judge it given as the answer (JSON lines). Only for studied sets.
 *
 *   npx tsx bench/statement-dump.ts <set.json> [<set.json> …] > out.jsonl
 */
import { candidates } from '../src/answer/ask/candidates.js';
import { decide, namesAHolder, statementOk } from '../src/answer/ask/decide.js';
import { cite } from '../src/answer/ask/cite.js';
import { score } from '../src/answer/ask/score.js';
import { carried, readWords, sentenceOf } from '../src/answer/ask/paraphrase.js';
import { asksForWords, givesReason, quotesWords, spokenByAsked } from '../src/answer/ask/precision.js';
import { SPEECH_VERBS } from '../src/answer/lexicon.js';
import { ask, prepare } from '../src/answer/ask.js';
import { bestMatch } from '../src/answer/match.js';
import type { FactRecord } from '../src/model/records.js';
import { askRight, forEachAskItem, kindOf } from './eval-articles.js';

await forEachAskItem(process.argv.slice(2), (item, index, set) => {
  const a = ask(index, item.q);
  if (a.found) return;
  const p = prepare(index, item.q);
  if ('command' in p) return;
  const q = p.question;
  const d = decide(q, score(candidates(q, p.retrieved, p.termsOf)), p.retrieved, p.termsOf);
  if (d.kind !== 'none') return;
  const focus = q.focus.filter((f) => !SPEECH_VERBS.includes(f.term));
  const words = readWords(focus);
  const answers = (r: FactRecord) => namesAHolder(q, r) && (!asksForWords(q) || quotesWords(r) || (q.speech && spokenByAsked(q, r, p.retrieved.voiced)));
  const seen = new Set<string>();
  const rows = p.retrieved.records
    .filter((r) => !seen.has(r.statement) && seen.add(r.statement))
    .map((r) => {
      // How the sentence before it in the same paragraph (context.ts) carries each word: the word itself or inflected.
      const prev = p.retrieved.preceding(r) ?? [];
      const w = words.map((x) => +carried(x, r, sentenceOf(r)).toFixed(2));
      const pw = words.map((x) => +bestMatch(x.focus, prev).toFixed(2));
      const answer = cite(index, p.text, q, { kind: 'statement', records: [r] }, p.retrieved.voiced);
      return {
        w,
        pw,
        ok: answers(r),
        reason: givesReason(r),
        subj: r.subject,
        found: answer.found,
        right: answer.found && askRight(item, answer),
        s: r.statement.slice(0, 200),
      };
    })
    .filter((x) => x.w.some((v) => v > 0));
  const row = {
    set: set,
    q: item.q,
    kind: kindOf(item),
    unans: item.none === true,
    passageItem: item.passage !== undefined,
    wants: q.wants === 'statement' ? 'statement' : q.wants.types.join('/'),
    statementOk: statementOk(q),
    asksJob: q.asksJob,
    asksRole: q.asksRole,
    asksWhy: q.asksWhy,
    asksAccount: q.asksAccount,
    asksDoer: q.asksDoer,
    asksAction: q.asksAction,
    asksThing: q.asksThing,
    speech: q.speech,
    forWords: asksForWords(q),
    verb: q.accountVerb ?? null,
    words: words.map((x) => ({ t: x.focus.term, n: x.focus.name === true, v: x.focus.verb === true, wt: x.weight })),
    recs: rows,
  };
  console.log(JSON.stringify(row));
});
