/**
 * Where /ask loses a stated fact: runs one spent question set (same format as
 * bench/eval-questions.ts) and, for every answerable question it misses, names the stage that lost
 * the expected answer: no article, record filter, never extracted, sentence lacks a word, slot gate,
 * outranked, below threshold, statement refused. Prints the counts by stage (and by kind) and,
 * with --misses, one line per miss with what the stage saw.
 *
 *   npx tsx bench/trace-ask.ts --set <file.json> [--set <file.json> …] [--misses] [--stage <name>]
 *
 * Also counts, for every answerable question answered "not found", whether one of the passages
 * offered as possibly relevant states the expected answer (what a reader still gets from a miss).
 *
 * Only for spent sets: it prints internal stages and the expected answers.
 */
import { readFile } from 'node:fs/promises';
import type { CoverageIndex } from '../src/index/build.js';
import { ask, prepare } from '../src/answer/ask.js';
import { candidates, clauseStatesTopic, countsTheAction, kindTerms, softCoverage } from '../src/answer/ask/candidates.js';
import { afterAskedVerb, holdsRole, roleTerms, withDescription, withoutTitle } from '../src/answer/ask/slot.js';
import { restatesQuestion } from '../src/answer/ask/restates.js';
import { score } from '../src/answer/ask/score.js';
import { decide } from '../src/answer/ask/decide.js';
import { wholeName, wholeNameIn } from '../src/answer/ask/whole-name.js';
import { SCORER } from '../src/answer/ask/weights.js';
import { factsOf } from '../src/answer/match.js';
import { asWanted, valueBonus, withAppositiveName } from '../src/answer/rank.js';
import type { Question } from '../src/answer/question.js';
import { SPEECH_VERBS } from '../src/answer/lexicon.js';
import type { FactRecord, TypedValue } from '../src/model/records.js';
import { isExpectedValue, judge, type Item } from '../test/answer/question-set.js';
import { holdsPassage, indexArticles, kindOf, loadRecords } from './eval-articles.js';

interface AskItem extends Item {
  article: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Trace {
  stage: string;
  detail: string;
}

function trace(index: CoverageIndex, item: AskItem, prepared: ReturnType<typeof prepare>): Trace {
  if ('command' in prepared) return { stage: prepared.found ? 'speech answer wrong' : 'speech/vague refused', detail: prepared.message ?? '' };
  const { question: q, retrieved, termsOf } = prepared;
  const focus = q.focus.map((f) => `${f.term}${f.weak ? '?' : ''}${f.name ? '!' : ''}`).join(' ');
  const wants = q.wants === 'statement' ? 'statement' : q.wants.types.join('/');
  const head = `[${wants}] ${focus}`;
  const passageItem = item.passage !== undefined;
  const all = factsOf(index, item.article);
  const gold = all.filter((r) => (passageItem ? holdsPassage(item, r) : r.values.some((v) => statesExpected(q, item, r, v))));
  if (!retrieved.articles.some((a) => a.id === item.article))
    return {
      stage: retrieved.articles.length === 0 ? 'no article' : 'wrong article',
      detail: `${head}; got ${retrieved.articles.map((a) => `${a.id.slice(0, 30)}:${a.relevance.toFixed(2)}`).join(', ')}`,
    };
  if (gold.length === 0) return { stage: passageItem ? 'passage not a record' : 'never extracted', detail: head };
  // Retrieval may hand on a record as a copy (one carrying the name its pronoun stands for): the same record by id.
  const goldIds = new Set(gold.map((r) => r.id));
  const kept = retrieved.records.filter((r) => goldIds.has(r.id));
  if (kept.length === 0) return { stage: q.speech ? 'what-X-said record filter' : 'record filter', detail: head };
  const plain = q.focus.filter((f) => !SPEECH_VERBS.includes(f.term));
  const missing = (r: FactRecord) =>
    q.focus
      .filter((f) => !f.weak && softCoverage([f], r) === 0)
      .map((f) => f.term)
      .join(',');
  const bestGold = [...kept].sort((a, b) => softCoverage(plain, b) - softCoverage(plain, a))[0];
  const lacks = `${head}; lacks {${missing(bestGold)}} «${clip(flat(bestGold.passage.text), 160)}»`;
  if (passageItem || q.wants === 'statement') {
    if (softCoverage(plain, bestGold) < 1) return { stage: 'sentence lacks a word', detail: lacks };
    return { stage: q.wants === 'statement' ? 'statement outranked' : 'statement refused', detail: head };
  }
  const scored = score(candidates(q, { ...retrieved, records: kept.concat(retrieved.records.filter((r) => !kept.includes(r))) }, termsOf));
  const right = scored.findIndex((c) => (isExpectedValue(item, c.value) || isExpectedValue(item, wholeName(c).value)) && c.record.articleId === item.article);
  if (right < 0) {
    if (softCoverage(q.focus, bestGold) === 0) return { stage: 'sentence lacks a word', detail: lacks };
    const typed = kept.some((r) => r.values.some((v) => statesExpected(q, item, r, v) && asWanted(q, v) !== null));
    const gates = kept.flatMap((r) => r.values.filter((v) => statesExpected(q, item, r, v)).map((v) => gateOf(q, r, v)));
    return {
      stage: typed ? `slot gate ${gates[0] ?? ''}` : 'slot type',
      detail: `${lacks}; values ${bestGold.values.map((v) => `${v.type}:${v.normalized}`).join(' | ')}`,
    };
  }
  const c = scored[right];
  if (right > 0)
    return {
      stage: 'outranked',
      detail: `${head}; right p=${c.p.toFixed(2)} under ${scored[0].value.type}:${scored[0].value.normalized} p=${scored[0].p.toFixed(2)}`,
    };
  if (c.p < SCORER.threshold)
    return { stage: 'below threshold', detail: `${head}; p=${c.p.toFixed(2)} soft=${c.features.soft.toFixed(2)} strict=${c.features.strict}` };
  return { stage: 'answered at trace (decide)', detail: head };
}

/**
 * Whether a record's value is the expected answer as candidates() would offer it: typed as the
 * question wants, its title dropped ("Senator Ana Ruiz" is Ana Ruiz), its appositive name taken, and
 * widened to the whole name as the answer is ("University" of "University of Alba").
 * Judged on the raw value alone, a titled name counted as never extracted though it was read.
 */
function statesExpected(q: Question, item: AskItem, r: FactRecord, v: TypedValue): boolean {
  // An untyped value is formed the same way, so that a name typed otherwise is told apart (slot type) from one never read.
  const wanted = asWanted(q, v) ?? v;
  const offered = withDescription(r, withoutTitle(withAppositiveName(r, wanted) ?? wanted));
  return isExpectedValue(item, v) || isExpectedValue(item, wanted) || isExpectedValue(item, offered) || isExpectedValue(item, wholeNameIn(r, offered));
}

/** Whether a "not found" offers, as possibly relevant, a passage of the item's article that states the expected answer. */
function nearHolds(item: AskItem, prepared: ReturnType<typeof prepare>): boolean {
  if ('command' in prepared) return false;
  const { question: q, retrieved, termsOf } = prepared;
  const d = decide(q, score(candidates(q, retrieved, termsOf)), retrieved, termsOf);
  if (d.kind !== 'none') return false;
  const passageItem = item.passage !== undefined;
  return d.near.some((r) => r.articleId === item.article && (passageItem ? holdsPassage(item, r) : r.values.some((v) => statesExpected(q, item, r, v))));
}

/** Which of candidates()'s gates drops the expected value (the same checks, in the same order). */
function gateOf(q: Question, record: FactRecord, raw: TypedValue): string {
  const wanted = withAppositiveName(record, asWanted(q, raw));
  if (!wanted) return 'type';
  const value = withDescription(record, withoutTitle(wanted));
  if (q.asksObject && record.subject !== null && value.normalized === record.subject) return 'subject';
  if (!countsTheAction(q, record, value)) return 'action';
  if (!clauseStatesTopic(q, record, value)) return 'topic';
  if (!holdsRole(roleTerms(q), record, wanted)) return 'role';
  if (!holdsRole(kindTerms(q), record, wanted)) return 'kind';
  if (restatesQuestion(q, value)) return 'restates';
  if (!afterAskedVerb(q, record, value)) return 'object';
  if (valueBonus(q, value, false) === null) return 'bonus';
  return 'other';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const files = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
  const only = argv.flatMap((a, i) => (argv[i - 1] === '--stage' ? [a] : []))[0];
  const misses = argv.includes('--misses') || only !== undefined;
  const byStage = new Map<string, number>();
  const byKind = new Map<string, number>();
  const near = { notFound: 0, holding: 0 };
  for (const file of files) {
    const set = JSON.parse(await readFile(file, 'utf8')) as { articles: string[]; ask: AskItem[] };
    const { index, cleanup } = await indexArticles(set.articles, await loadRecords(set.articles));
    try {
      for (const item of set.ask) {
        if (item.none) continue;
        const a = ask(index, item.q);
        if (judge(item, a) && (a.results[0]?.source.id ?? null) === item.article) continue;
        // What ask() ran, once more for the stages: analysed once for both the trace and the offered passages.
        const prepared = a.found ? null : prepare(index, item.q);
        const t = prepared === null ? { stage: 'answered wrong', detail: '' } : trace(index, item, prepared);
        if (prepared !== null) {
          near.notFound++;
          if (nearHolds(item, prepared)) near.holding++;
        }
        byStage.set(t.stage, (byStage.get(t.stage) ?? 0) + 1);
        const kind = `${t.stage} / ${kindOf(item)}`;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        if (misses && (!only || t.stage === only)) {
          const want = item.passage !== undefined ? `«${String(item.passage)}»` : String(item.items?.join('; ') ?? item.value);
          console.log(`[${t.stage}; ${kindOf(item)}] ${item.q} → ${want}\n    ${t.detail}`);
        }
      }
    } finally {
      await cleanup();
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`);
  console.log(`\nmisses by stage: ${sorted(byStage).join(', ')}`);
  console.log(`not found: ${near.notFound}; of them a possibly relevant passage states the answer: ${near.holding}`);
  console.log(`by stage and kind:\n  ${sorted(byKind).join('\n  ')}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
