/**
 * Blind real-news question sets (issue 13): runs one part of test/fixtures/eval-questions over its
 * articles and prints /ask accuracy, wrong answers, unanswerable questions answered, /quote
 * paraphrase hit@3 and every miss with what the bot said.
 *
 *   npx tsx bench/eval-questions.ts --part study|check|holdout [--distractors] [--json]
 *
 * The articles are evaluation data (../shared/eval beside the project, or EVAL_DIR): they are written at run time
 * into a temp folder, indexed through the project's own code and deleted afterwards; nothing of
 * them is ever written into the repository. With --distractors the part is run twice, alone and with
 * its distractor articles indexed beside it, and the answers that changed are reported.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageIndex } from '../src/index/build.js';
import { ask } from '../src/answer/ask.js';
import { quote } from '../src/answer/quotes.js';
import type { Answer } from '../src/model/answer.js';
import type { Item } from '../test/answer/question-set.js';
import { askRight, indexArticles, kindOf, loadRecords, quoteInTop, type SourceRecord } from './eval-articles.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SETS = path.join(ROOT, 'test/fixtures/eval-questions');
const PARTS = ['study', 'check', 'holdout'] as const;
type Part = (typeof PARTS)[number];
/** How many /quote results count: the first page a Discord user sees. */
const QUOTE_TOP = 3;

interface AskItem extends Item {
  article: string;
}

interface QuoteItem {
  topic: string;
  speaker?: string;
  article: string;
  fragment: string;
}

interface QuestionSet {
  about: string;
  articles: string[];
  distractors: string[];
  ask: AskItem[];
  quote: QuoteItem[];
}

/** What one question got: enough to judge it, show it, and compare two runs. */
interface AskOutcome {
  q: string;
  article: string;
  kind: string;
  none: boolean;
  found: boolean;
  right: boolean;
  /** Why a miss is a miss: not found, other article, sources differ, wrong value, answered (unanswerable). */
  miss: string | null;
  expected: string;
  got: string;
  /** Compared across runs: found, cited article, value, differ flag. */
  signature: string;
}

interface QuoteOutcome {
  topic: string;
  speaker: string | null;
  article: string;
  fragment: string;
  hit: boolean;
  /** The same topic without the speaker option. */
  hitTopicOnly: boolean;
  got: string;
  signature: string;
}

interface RunResult {
  articles: number;
  ask: AskOutcome[];
  quote: QuoteOutcome[];
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/eval-questions.ts --part study|check|holdout [--distractors] [--json] [--count: the make-up of the set, without running the bot]   (or --set <file.json> for another set in the same format)',
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { part: Part | null; file: string | null; distractors: boolean; json: boolean; count: boolean } {
  let count = false;
  let part: Part | null = null;
  let file: string | null = null;
  let distractors = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--part') {
      const p = argv[++i];
      if (!PARTS.includes(p as Part)) usage(`unknown part: ${p ?? '(none)'}`);
      part = p as Part;
    } else if (a.startsWith('--part=')) {
      const p = a.slice('--part='.length);
      if (!PARTS.includes(p as Part)) usage(`unknown part: ${p}`);
      part = p as Part;
    } else if (a === '--set') {
      file = argv[++i] ?? usage('--set needs a file');
    } else if (a === '--count') count = true;
    else if (a === '--distractors') distractors = true;
    else if (a === '--json') json = true;
    else usage(`unknown argument: ${a}`);
  }
  if (!part && !file) usage('--part is required');
  return { part, file, distractors, json, count };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function describeAnswer(a: Answer): string {
  if (!a.found) return `not found${a.message ? ` (${clip(a.message, 70)})` : ''}`;
  const top = a.results[0];
  const value = top?.values?.[0];
  const shown = value
    ? `[${value.type}: ${String(value.normalized ?? value.text)}${value.items ? ` = ${value.items.map((i) => String(i.normalized ?? i.text)).join('; ')}` : ''}]`
    : `[${top?.kind ?? '?'}]`;
  return `${clip(flat(a.answer ?? ''), 80)} ${shown}${a.sourcesDiffer ? ' (sources differ)' : ''} from ${top?.source.id ?? '?'} «${clip(flat(top?.passage.text ?? ''), 140)}»`;
}

function expectedOf(item: AskItem): string {
  if (item.none) return 'not found';
  if (item.items) return `items ${item.items.join('; ')}`;
  if (item.passage !== undefined) return `passage with «${Array.isArray(item.passage) ? item.passage.join('» or «') : item.passage}»`;
  return `value ${String(item.value)}`;
}

function runAsk(index: CoverageIndex, item: AskItem): AskOutcome {
  const a = ask(index, item.q);
  const top = a.results[0];
  const source = a.found ? (top?.source.id ?? null) : null;
  const right = askRight(item, a);
  let miss: string | null = null;
  if (!right) {
    if (item.none) miss = 'answered an unanswerable question';
    else if (!a.found) miss = 'not found';
    else if (source !== item.article) miss = 'answer from another article';
    else if (a.sourcesDiffer) miss = 'sources differ';
    else miss = 'wrong value or passage';
  }
  const v = top?.values?.[0];
  return {
    q: item.q,
    article: item.article,
    kind: kindOf(item),
    none: item.none === true,
    found: a.found,
    right,
    miss,
    expected: expectedOf(item),
    got: describeAnswer(a),
    signature: JSON.stringify([
      a.found,
      source,
      v?.normalized ?? null,
      (v?.items ?? []).map((i) => i.normalized ?? i.text),
      a.sourcesDiffer === true,
      flat(top?.passage.text ?? ''),
    ]),
  };
}

function runQuote(index: CoverageIndex, item: QuoteItem): QuoteOutcome {
  const a = quote(index, item.topic, item.speaker);
  const plain = item.speaker ? quote(index, item.topic) : a;
  const got = a.found
    ? a.results
        .slice(0, QUOTE_TOP)
        .map((r, i) => `${i + 1}. ${r.speaker ?? '(unattributed)'}: «${clip(flat(r.text), 90)}» [${r.source.id}]`)
        .join(' | ')
    : `not found${a.message ? ` (${clip(a.message, 70)})` : ''}`;
  return {
    topic: item.topic,
    speaker: item.speaker ?? null,
    article: item.article,
    fragment: item.fragment,
    hit: quoteInTop(a, item, QUOTE_TOP),
    hitTopicOnly: quoteInTop(plain, item, QUOTE_TOP),
    got,
    signature: JSON.stringify(a.results.slice(0, QUOTE_TOP).map((r) => [r.source.id, r.passage.start, r.passage.end])),
  };
}

async function runOnce(set: QuestionSet, ids: string[], records: Map<string, SourceRecord>): Promise<RunResult> {
  const { index, cleanup } = await indexArticles(ids, records);
  try {
    return { articles: ids.length, ask: set.ask.map((item) => runAsk(index, item)), quote: set.quote.map((item) => runQuote(index, item)) };
  } finally {
    await cleanup();
  }
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)} %`);

interface Summary {
  answerable: number;
  right: number;
  accuracy: number | null;
  answersGiven: number;
  wrongAnswers: number;
  wrongShare: number | null;
  unanswerable: number;
  unanswerableAnswered: number;
  quoteTopics: number;
  quoteHits: number;
  quoteHitAt3: number | null;
  quoteHitsTopicOnly: number;
  byKind: Record<string, { right: number; of: number }>;
  byMiss: Record<string, number>;
}

function summarise(r: RunResult): Summary {
  const answerable = r.ask.filter((o) => !o.none);
  const unanswerable = r.ask.filter((o) => o.none);
  const right = answerable.filter((o) => o.right).length;
  // Answers given: every /ask question the bot answered; an answer to an unanswerable question is wrong.
  const given = r.ask.filter((o) => o.found);
  const wrong = given.filter((o) => !o.right).length;
  const byKind: Record<string, { right: number; of: number }> = {};
  for (const o of r.ask) {
    const k = (byKind[o.kind] ??= { right: 0, of: 0 });
    k.of++;
    if (o.right) k.right++;
  }
  const byMiss: Record<string, number> = {};
  for (const o of r.ask) if (o.miss) byMiss[o.miss] = (byMiss[o.miss] ?? 0) + 1;
  const hits = r.quote.filter((o) => o.hit).length;
  const ratio = (n: number, d: number) => (d === 0 ? null : Number((n / d).toFixed(4)));
  return {
    answerable: answerable.length,
    right,
    accuracy: ratio(right, answerable.length),
    answersGiven: given.length,
    wrongAnswers: wrong,
    wrongShare: ratio(wrong, given.length),
    unanswerable: unanswerable.length,
    unanswerableAnswered: unanswerable.filter((o) => o.found).length,
    quoteTopics: r.quote.length,
    quoteHits: hits,
    quoteHitAt3: ratio(hits, r.quote.length),
    quoteHitsTopicOnly: r.quote.filter((o) => o.hitTopicOnly).length,
    byKind,
    byMiss,
  };
}

function printRun(label: string, r: RunResult, s: Summary, withMisses: boolean): void {
  console.log(`\n== ${label}: ${r.articles} articles indexed`);
  console.log(`/ask accuracy (answerable, right value from the right article): ${s.right}/${s.answerable} = ${pct(s.right, s.answerable)}`);
  console.log(`/ask wrong answers among answers given: ${s.wrongAnswers}/${s.answersGiven} = ${pct(s.wrongAnswers, s.answersGiven)}`);
  console.log(`/ask unanswerable questions answered: ${s.unanswerableAnswered}/${s.unanswerable}`);
  console.log(
    `/quote paraphrase hit@${QUOTE_TOP}: ${s.quoteHits}/${s.quoteTopics} = ${pct(s.quoteHits, s.quoteTopics)} (topic alone, without the speaker option: ${s.quoteHitsTopicOnly}/${s.quoteTopics})`,
  );
  console.log(
    `/ask by expected answer kind: ${Object.entries(s.byKind)
      .sort((a, b) => b[1].of - a[1].of)
      .map(([k, v]) => `${k} ${v.right}/${v.of}`)
      .join(', ')}`,
  );
  console.log(
    `/ask misses by cause: ${
      Object.entries(s.byMiss)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  if (!withMisses) return;
  const askMisses = r.ask.filter((o) => !o.right);
  if (askMisses.length) {
    console.log(`\n/ask misses (${askMisses.length}):`);
    for (const o of askMisses) console.log(`  - [${o.miss}; ${o.kind}] ${o.q}  (${o.article})\n      expected ${o.expected}\n      got ${o.got}`);
  }
  const quoteMisses = r.quote.filter((o) => !o.hit);
  if (quoteMisses.length) {
    console.log(`\n/quote misses (${quoteMisses.length}):`);
    for (const o of quoteMisses)
      console.log(`  - ${o.topic}${o.speaker ? ` (speaker: ${o.speaker})` : ''}  (${o.article})\n      expected «${o.fragment}»\n      got ${o.got}`);
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const file = opts.file ? path.resolve(opts.file) : path.join(SETS, `${opts.part}.json`);
  const set = JSON.parse(await readFile(file, 'utf8')) as QuestionSet;
  const label = opts.part ?? path.basename(file, '.json');
  const unknown = [...set.ask, ...set.quote].filter((i) => !set.articles.includes(i.article));
  if (unknown.length) throw new Error(`questions on articles outside the part: ${unknown.map((u) => u.article).join(', ')}`);
  if (opts.count) {
    // The set's make-up only: the bot is not run (safe on the holdout part).
    const kinds: Record<string, number> = {};
    for (const item of set.ask) kinds[kindOf(item)] = (kinds[kindOf(item)] ?? 0) + 1;
    const doc = {
      part: label,
      articles: set.articles.length,
      distractors: set.distractors.length,
      answerable: set.ask.filter((i) => !i.none).length,
      unanswerable: set.ask.filter((i) => i.none).length,
      quoteTopics: set.quote.length,
      quoteWithSpeaker: set.quote.filter((q) => q.speaker).length,
      kinds,
    };
    console.log(
      opts.json
        ? JSON.stringify(doc)
        : Object.entries(doc)
            .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
            .join('\n'),
    );
    return;
  }
  const records = await loadRecords([...set.articles, ...(opts.distractors ? set.distractors : [])]);

  const alone = await runOnce(set, set.articles, records);
  const aloneSummary = summarise(alone);
  let beside: { run: RunResult; summary: Summary; askChanged: AskOutcome[]; quoteChanged: QuoteOutcome[] } | null = null;
  if (opts.distractors) {
    const run = await runOnce(set, [...set.articles, ...set.distractors], records);
    const askChanged = run.ask.filter((o, i) => o.signature !== alone.ask[i].signature);
    const quoteChanged = run.quote.filter((o, i) => o.signature !== alone.quote[i].signature);
    beside = { run, summary: summarise(run), askChanged, quoteChanged };
  }

  if (opts.json) {
    const doc = {
      part: label,
      articles: set.articles.length,
      distractors: opts.distractors ? set.distractors.length : 0,
      alone: { summary: aloneSummary, ask: alone.ask, quote: alone.quote },
      withDistractors: beside
        ? {
            summary: beside.summary,
            askChanged: beside.askChanged.map((o) => ({ q: o.q, got: o.got, before: alone.ask[beside.run.ask.indexOf(o)].got })),
            quoteChanged: beside.quoteChanged.map((o) => ({ topic: o.topic, got: o.got, before: alone.quote[beside.run.quote.indexOf(o)].got })),
            ask: beside.run.ask,
            quote: beside.run.quote,
          }
        : null,
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }

  console.log(
    `eval questions, part ${label}: ${set.articles.length} articles, ${aloneSummary.answerable} answerable + ${aloneSummary.unanswerable} unanswerable /ask questions, ${set.quote.length} /quote topics`,
  );
  printRun('part alone', alone, aloneSummary, true);
  if (beside) {
    printRun(`with ${set.distractors.length} distractor articles`, beside.run, beside.summary, false);
    console.log(
      `\nanswers changed by adding the distractors: /ask ${beside.askChanged.length}/${set.ask.length}, /quote top ${QUOTE_TOP} ${beside.quoteChanged.length}/${set.quote.length}`,
    );
    for (const o of beside.askChanged) {
      const before = alone.ask[beside.run.ask.indexOf(o)];
      console.log(`  - /ask ${o.q}\n      alone  ${before.got}\n      beside ${o.got}`);
    }
    for (const o of beside.quoteChanged) {
      const before = alone.quote[beside.run.quote.indexOf(o)];
      console.log(`  - /quote ${o.topic}${o.speaker ? ` (speaker: ${o.speaker})` : ''}\n      alone  ${before.got}\n      beside ${o.got}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
