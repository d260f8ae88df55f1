/**
 * Trains /ask's scorer (issue 13): a ranker (a conditional logit over the candidate features of
 * src/answer/ask/types.ts) and its calibration (a logistic model of "the value decide() would
 * assert is right" from the score, its lead, its crowd and the evidence score.ts evidence() reads:
 * a sentence lacking one of the question's words, the value's kind), on the written question sets:
 * test/fixtures/ask/*.json over the seeds and their invented articles, and the real-news study
 * material, the `study` part and every spent set-aside set the /ask study protocol lets one study
 * (holdout, holdout2-a/b … holdout14-a/b, holdout16-a/b … holdout22-a/b; holdout15 asks /quote
 * only; their articles are read from the evaluation pool at run time, never copied). The
 * acceptance sets (`check`, holdout3-b, holdout4-b) are never read, so their counts stay a fair
 * test of new weights, nor is a set-aside set not yet measured; the articles listed in
 * EXCLUDE_ARTICLES (a blind set being written on them) and their questions are left out.
 *
 * Every figure is the whole pipeline's answer as the question sets count it (decide() and cite()
 * run on each question, the answer judged as bench/eval-questions.ts judges it: right, wrong, or
 * not found), so the hand-set rules of decide() are counted, not ignored. The real-news questions
 * are also scored out of fold: 5 folds by article, each scored by a ranker and calibration trained
 * without its articles. The threshold is the one that, out of fold, gives at least as many right
 * answers as the weights in use (with decide()'s hand-set gates) give on the same questions, with
 * the fewest wrong; the new weights are written only when that is fewer wrong than theirs. Every
 * threshold must also keep the fixture sets (no unanswerable answered, no set more than
 * FIXTURE_SLACK right answers below the weights in use, as their tests hold them to their claims);
 * when no threshold does, nothing is written.
 *
 *   EXCLUDE_ARTICLES=<pick.json> npx tsx bench/train-ask-ranker.ts [--dry]   (--dry: print, do not write)
 *   RANKER=trained|admissible|inuse   the ranker: trained on every candidate, trained only on those
 *                                     decide() could assert (default), or the weights in use kept
 *   VARIANT=plain|gates|words|step|kinds   the evidence the calibration weighs (VARIANTS; default words)
 *   GATES=off|on     whether decide()'s hand-set gates (weights.ts DECISION: a sentence lacking a
 *                    question word, dates) apply to the learned probability (default off: weights
 *                    chosen so need those gates set aside in decide() before they are used)
 *   COMPARE=a,b RANKERS=x,y   further variants and rankers scored out of fold beside the chosen one
 *   FIXTURE_WEIGHT=5          a fixture question weighs this many real-news questions in training
 *   WRITE_AT=0.6              write the weights at this threshold whatever the rule says, to measure
 *                             them on the acceptance sets; commit them only if they pass there
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Prepared, prepare } from '../src/answer/ask.js';
import { candidates } from '../src/answer/ask/candidates.js';
import { cite } from '../src/answer/ask/cite.js';
import { asserted, fitsSlot, type Gates, valueDecision, valueFits, withoutValue } from '../src/answer/ask/decide.js';
import { evidence, score } from '../src/answer/ask/score.js';
import { EVIDENCE_NAMES, type EvidenceName, FEATURE_NAMES, type Featured, type Scored } from '../src/answer/ask/types.js';
import { DECISION, SCORER, type Scorer } from '../src/answer/ask/weights.js';
import type { CoverageIndex } from '../src/index/build.js';
import type { Answer } from '../src/model/answer.js';
import { indexFolder, SEED_FIXTURES } from '../test/helpers/corpus.js';
import { isExpectedValue, judge, type Item } from '../test/answer/question-set.js';
import { indexArticles, loadRecords } from './eval-articles.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/ask');
const WEIGHTS = path.join(ROOT, 'src/answer/ask/weights.ts');
/** Right answers a fixture set may lose against the weights in use (its test allows 2 below its claim). */
const FIXTURE_SLACK = Number(process.env.FIXTURE_SLACK ?? 1);
const L2 = 0.01;
/**
 * How much one fixture question weighs in training against one real-news question: the real-news
 * questions outnumber them fifteen to one, and the seed sets' tests hold them to their claims.
 */
const FIXTURE_WEIGHT = Number(process.env.FIXTURE_WEIGHT ?? 1);

function weightOf(e: { set: string }): number {
  return e.set === 'study' ? 1 : FIXTURE_WEIGHT;
}
const STEPS = 6000;
const RATE = 0.5;

/** The fixture sets and the article folders each is asked over (as the tests do). */
const FIXTURE_SETS: Array<{ file: string; dirs: string[] }> = [
  { file: 'questions.json', dirs: ['articles'] },
  { file: 'blind.json', dirs: ['articles', 'articles-blind'] },
  { file: 'blind2.json', dirs: ['articles', 'articles-blind', 'articles-blind2'] },
  { file: 'blind3.json', dirs: ['articles', 'articles-blind', 'articles-blind2'] },
  { file: 'probes3.json', dirs: ['articles', 'articles-blind', 'articles-blind2'] },
  { file: 'local.json', dirs: ['articles-local'] },
];

interface Example {
  set: string;
  article?: string;
  q: string;
  none: boolean;
  cands: Featured[];
  labels: boolean[];
  /** What the whole pipeline needs to decide and cite an answer, as /ask does. */
  item: Item & { article?: string };
  index: CoverageIndex;
  prepared: Prepared;
  /** The answer when no value is asserted (a passage, or not found): the same under every scorer. */
  fallback: Outcome;
  /** Whether decide() lets a candidate fill the slot at all (fitsSlot), per record and value. */
  fits: WeakMap<object, WeakMap<object, boolean>>;
}

/** One question's answer as the question sets count it: right, wrong (unanswerable answered included), or not found. */
type Outcome = 'right' | 'wrong' | 'none';

const norm = (v: unknown) => String(v ?? '').toLowerCase();

/** Whether one candidate would be judged right for the item (test/answer/question-set.ts judge()). */
function isRight(item: Item & { article?: string }, c: Featured): boolean {
  if (item.none) return false;
  if (item.article && c.record.articleId !== item.article) return false;
  if (item.passage !== undefined) return (Array.isArray(item.passage) ? item.passage : [item.passage]).some((p) => c.record.passage.text.includes(p));
  if (item.differ) return item.differ.map(norm).includes(norm(c.value.normalized));
  return isExpectedValue(item, c.value);
}

function examples(set: string, index: CoverageIndex, items: Array<Item & { article?: string }>): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    const p = prepare(index, item.q);
    if ('command' in p) continue;
    if (excluded.has(item.article ?? '')) continue;
    const cands = candidates(p.question, p.retrieved, p.termsOf);
    const fallback = judged(item, cite(index, p.text, p.question, withoutValue(p.question, [], p.retrieved, p.termsOf)));
    out.push({
      set,
      article: item.article,
      q: item.q,
      none: item.none === true,
      cands,
      labels: cands.map((c) => isRight(item, c)),
      item,
      index,
      prepared: p,
      fallback,
      fits: new WeakMap(),
    });
  }
  return out;
}

/** How the question sets count an answer (bench/eval-questions.ts): right only from the item's own article. */
function judged(item: Item & { article?: string }, a: Answer): Outcome {
  if (!a.found) return 'none';
  if (item.none) return 'wrong';
  return judge(item, a) && (!item.article || a.results[0]?.source.id === item.article) ? 'right' : 'wrong';
}

async function fixtureExamples(): Promise<Example[]> {
  const out: Example[] = [];
  for (const s of FIXTURE_SETS) {
    const dir = await mkdtemp(path.join(tmpdir(), 'train-ask-'));
    try {
      for (const from of [SEED_FIXTURES, ...s.dirs.map((d) => path.join(FIXTURES, d))]) {
        for (const name of await readdir(from)) await copyFile(path.join(from, name), path.join(dir, name));
      }
      const items = (JSON.parse(await readFile(path.join(FIXTURES, s.file), 'utf8')) as { questions: Item[] }).questions;
      out.push(...examples(s.file, await indexFolder(dir), items));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/**
 * The real-news study material: the study part and every spent set-aside set, each question
 * tagged with its article. Articles are written to a temp
 * folder from the evaluation pool, indexed per set (bench/eval-articles.ts, as bench/eval-questions.ts
 * runs them), then deleted. The acceptance sets and any later set-aside set are never read.
 */
const STUDY_SETS = [
  'study.json',
  'holdout.json',
  'holdout2-a.json',
  'holdout2-b.json',
  'holdout3-a.json',
  'holdout3-c.json',
  'holdout4-a.json',
  'holdout4-c.json',
  'holdout5-a.json',
  'holdout5-b.json',
  'holdout5-c.json',
  'holdout6-a.json',
  'holdout6-b.json',
  'holdout6-c.json',
  'holdout7-a.json',
  'holdout7-b.json',
  'holdout8-a.json',
  'holdout8-b.json',
  'holdout9-a.json',
  'holdout9-b.json',
  'holdout10-a.json',
  'holdout10-b.json',
  'holdout11-a.json',
  'holdout11-b.json',
  'holdout12-a.json',
  'holdout12-b.json',
  'holdout13-a.json',
  'holdout13-b.json',
  'holdout14-a.json',
  'holdout14-b.json',
  'holdout16-a.json',
  'holdout16-b.json',
  'holdout17-a.json',
  'holdout17-b.json',
  'holdout18-a.json',
  'holdout18-b.json',
  'holdout19-a.json',
  'holdout19-b.json',
  'holdout20-a.json',
  'holdout20-b.json',
  'holdout21-a.json',
  'holdout21-b.json',
  'holdout22-a.json',
  'holdout22-b.json',
];

/**
 * Articles whose questions are left out of training and of every figure: a set-aside set being
 * written on them must stay unseen (EXCLUDE_ARTICLES=<file.json>, an array of article ids or an
 * object of such arrays).
 */
const excluded: ReadonlySet<string> = await excludedArticles(process.env.EXCLUDE_ARTICLES);

async function excludedArticles(file: string | undefined): Promise<Set<string>> {
  if (!file) return new Set();
  const json = JSON.parse(await readFile(file, 'utf8')) as string[] | Record<string, string[]>;
  return new Set(Array.isArray(json) ? json : Object.values(json).flat());
}

async function studyExamples(): Promise<Example[]> {
  const out: Example[] = [];
  for (const file of STUDY_SETS) out.push(...(await realSetExamples(file)));
  return out;
}

async function realSetExamples(file: string): Promise<Example[]> {
  const set = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/eval-questions', file), 'utf8')) as {
    articles: string[];
    ask: Array<Item & { article: string }>;
  };
  // The blind set's articles are not even indexed: the bot never reads them, and the other
  // questions meet the same rivals as bench/eval-questions.ts gives them on the sets without them.
  const articles = set.articles.filter((id) => !excluded.has(id));
  const { index, cleanup } = await indexArticles(articles, await loadRecords(articles));
  try {
    return examples('study', index, set.ask);
  } finally {
    await cleanup();
  }
}

function vector(c: Featured): number[] {
  return FEATURE_NAMES.map((n) => c.features[n]);
}

/**
 * The ranker: a conditional logit (softmax over one question's candidates) trained so that the
 * right candidates get the highest score; questions with no right candidate teach it nothing.
 */
function trainRanker(data: Example[]): number[] {
  const qs = data.filter((e) => e.labels.some(Boolean)).map((e) => ({ xs: e.cands.map(vector), ys: e.labels, weight: weightOf(e) }));
  const total = qs.reduce((a, q) => a + q.weight, 0);
  const w = FEATURE_NAMES.map(() => 0);
  for (let step = 0; step < STEPS; step++) {
    const g = w.map((wi) => L2 * wi);
    for (const q of qs) {
      const z = q.xs.map((x) => x.reduce((s, xi, i) => s + xi * w[i], 0));
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const sum = e.reduce((a, b) => a + b, 0);
      const pos = q.ys.map((y, i) => (y ? e[i] : 0)).reduce((a, b) => a + b, 0);
      // Gradient of -log(Σ_right softmax): expected features under the softmax minus under the right ones.
      q.xs.forEach((x, k) => x.forEach((xi, i) => (g[i] += (q.weight * xi * (e[k] / sum - (q.ys[k] ? e[k] / pos : 0))) / total)));
    }
    w.forEach((_, i) => (w[i] -= RATE * g[i]));
  }
  return w;
}

interface Calibration {
  scale: number;
  marginScale: number;
  crowdScale: number;
  bias: number;
  evidence: Partial<Record<EvidenceName, number>>;
}

/**
 * The calibration: a logistic model of "the value decide() would assert is right", fitted on the
 * candidate decide() weighs for each question (the best one that fits the slot and no rule rules
 * out) from its score, its lead over the next value, its crowd and the evidence asked for (score.ts
 * evidence(): a sentence lacking one of the question's words, the value's kind), so that one
 * probability carries what the hand-set gates of weights.ts DECISION decided. Fitted twice: the
 * second time on the tops the first calibration picks.
 */
function trainCalibration(data: Example[], w: number[], names: readonly EvidenceName[]): Calibration {
  let cal: Calibration = { scale: 1, marginScale: 0, crowdScale: 0, bias: 0, evidence: {} };
  for (let round = 0; round < 2; round++) {
    const scorer = asScorer(w, cal, 0.5, '');
    const rows = data.flatMap((e) => {
      const top = topOf(e, scorer);
      if (!top) return [];
      const seen = evidence(top.c, top.c.lead);
      return [{ x: [top.c.rank, top.c.lead, top.c.crowd, ...names.map((n) => seen[n]), 1], y: top.right ? 1 : 0, weight: weightOf(e) }];
    });
    const total = rows.reduce((a, r) => a + r.weight, 0);
    const c = [1, 0, 0, ...names.map(() => 0), 0];
    const last = c.length - 1;
    for (let step = 0; step < STEPS; step++) {
      const g = c.map((ci, i) => (i < last ? L2 * ci : 0));
      for (const r of rows) {
        const err = (r.weight * (1 / (1 + Math.exp(-r.x.reduce((s, xi, i) => s + xi * c[i], 0))) - r.y)) / total;
        r.x.forEach((xi, i) => (g[i] += err * xi));
      }
      c.forEach((_, i) => (c[i] -= RATE * g[i]));
    }
    cal = { scale: c[0], marginScale: c[1], crowdScale: c[2], bias: c[last], evidence: Object.fromEntries(names.map((n, i) => [n, c[3 + i]])) };
  }
  return cal;
}

/** The candidate decide() weighs under a scorer: the best that fits the slot, unless a rule no probability overrides rules it out. */
interface Top {
  c: Scored;
  scored: Scored[];
  right: boolean;
}

function topOf(e: Example, scorer: Scorer): Top | null {
  const scored = score(e.cands, scorer).filter((c) => fits(e, c));
  const top = scored[0];
  if (!top || !valueFits(e.prepared.question, top)) return null;
  const k = e.cands.findIndex((c) => c.record === top.record && c.value === top.value);
  return { c: top, scored, right: e.labels[k] === true };
}

/** decide()'s fitsSlot, once per candidate (it does not depend on the scorer). */
function fits(e: Example, c: Scored): boolean {
  const byValue = e.fits.get(c.record) ?? new WeakMap<object, boolean>();
  e.fits.set(c.record, byValue);
  const known = byValue.get(c.value);
  if (known !== undefined) return known;
  const ok = fitsSlot(e.prepared.question, c);
  byValue.set(c.value, ok);
  return ok;
}

/** What /ask answers to one question under a scorer, its gates and a threshold: the whole decision, cited and judged. */
function outcomeAt(e: Example, top: Top | null, scorer: Scorer, gates: Gates, t: number, memo: Map<string, Outcome>): Outcome {
  const at = { ...scorer, threshold: t };
  const q = e.prepared.question;
  if (!top || !asserted(q, top.c, top.scored, at, gates)) return e.fallback;
  const d = valueDecision(q, top.c, top.scored, at, gates);
  const key = d.kind === 'value' ? d.differing.map((c) => c.record.id).join(' ') : d.kind;
  const known = memo.get(key);
  if (known) return known;
  const out = judged(e.item, cite(e.index, e.prepared.text, q, d));
  memo.set(key, out);
  return out;
}

function asScorer(w: number[], cal: Calibration, threshold: number, trainedOn: string): Scorer {
  return {
    weights: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, round(w[i])])) as Scorer['weights'],
    scale: round(cal.scale),
    marginScale: round(cal.marginScale),
    crowdScale: round(cal.crowdScale),
    evidence: Object.fromEntries(Object.entries(cal.evidence).map(([n, v]) => [n, round(v ?? 0)])),
    bias: round(cal.bias),
    threshold,
    trainedOn,
  };
}

/** From 0.275: the retrained calibrations are flatter than the one in use, so its right count may lie below 0.475. */
const THRESHOLDS = Array.from({ length: 29 }, (_, i) => round(0.275 + 0.025 * i));

/** Each question scored by one scorer (its fold's, or the whole model's): enough to count its answer at any threshold. */
interface Judged {
  e: Example;
  top: Top | null;
  scorer: Scorer;
  memo: Map<string, Outcome>;
}

function judgedBy(e: Example, scorer: Scorer): Judged {
  return { e, top: topOf(e, scorer), scorer, memo: new Map() };
}

/** Right and wrong answers at a threshold, as the question sets count them. */
function counts(js: Judged[], gates: Gates, t: number): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const j of js) {
    const o = outcomeAt(j.e, j.top, j.scorer, gates, t, j.memo);
    if (o === 'right') right++;
    if (o === 'wrong') wrong++;
  }
  return { right, wrong };
}

/** The evidence each variant of the calibration weighs (score.ts evidence()). */
const VARIANTS: Record<string, readonly EvidenceName[]> = {
  /** Score, lead and crowd only, as before the gates' evidence was learned. */
  plain: [],
  /** What the gates read: a missing question word (and the lead with it), dates and spans. */
  gates: ['partial', 'partialLead', 'kind:date', 'kind:duration'],
  /** The same with every kind of value. */
  kinds: EVIDENCE_NAMES,
  /** A missing question word with a close rival (the gate's own form), and dates. */
  step: ['partial', 'partialClose', 'kind:date'],
  /** A missing question word and dates only. */
  words: ['partial', 'partialLead', 'kind:date'],
};

/** The hand-set gates (weights.ts DECISION), or none: the learned probability alone decides. */
const GATES: Record<string, Gates> = {
  on: DECISION,
  off: {
    missingWordP: 0,
    missingWordSpanP: 0,
    missingWordLead: Number.NEGATIVE_INFINITY,
    dateP: 0,
    salientMentions: Number.POSITIVE_INFINITY,
    loneNameLead: Number.NEGATIVE_INFINITY,
    describedP: Number.POSITIVE_INFINITY,
    describedHereP: Number.POSITIVE_INFINITY,
    aloneShare: Number.POSITIVE_INFINITY,
    aloneLead: 0,
    aloneP: 0,
    boundTimeShare: Number.POSITIVE_INFINITY,
    boundTimeLead: 0,
    askedUnitLead: Number.POSITIVE_INFINITY,
    listP: Number.POSITIVE_INFINITY,
    listShare: Number.POSITIVE_INFINITY,
    listLead: Number.POSITIVE_INFINITY,
    whoListP: Number.POSITIVE_INFINITY,
    whoListLead: Number.POSITIVE_INFINITY,
    copulaShare: Number.POSITIVE_INFINITY,
    copulaLead: Number.POSITIVE_INFINITY,
  },
};

/**
 * The real-news questions as unseen questions: their articles in FOLDS groups; each group scored by
 * a ranker and calibration trained on everything else (the fixture sets and the other groups).
 */
function heldOut(data: Example[], variants: string[], rankers: string[]): Map<string, Judged[]> {
  const study = data.filter((e) => e.set === 'study');
  const articles = [...new Set(study.map((e) => e.article ?? ''))].sort();
  const out = new Map<string, Judged[]>();
  for (let k = 0; k < FOLDS; k++) {
    const held = new Set(articles.filter((_, i) => i % FOLDS === k));
    const train = data.filter((e) => e.set !== 'study' || !held.has(e.article ?? ''));
    for (const r of rankers)
      heldOutBy(
        out,
        ranker(train, r),
        r,
        variants,
        train,
        study.filter((x) => held.has(x.article ?? '')),
        k,
      );
  }
  return out;
}

function heldOutBy(out: Map<string, Judged[]>, w: number[], r: string, variants: string[], train: Example[], held: Example[], k: number): void {
  for (const v of variants) {
    const scorer = asScorer(w, trainCalibration(train, w, VARIANTS[v]), 0.5, '');
    console.log(`fold ${k} ${r}/${v}: ${JSON.stringify({ ...scorer, weights: undefined, trainedOn: undefined })}`);
    const js = out.get(`${r}/${v}`) ?? [];
    for (const e of held) js.push(judgedBy(e, scorer));
    out.set(`${r}/${v}`, js);
  }
}

const FOLDS = 5;

/**
 * The ranker's weights: trained, or (RANKER=inuse) those in use kept, so that only the calibration
 * is learned (a feature the weights in use lack weighs 0).
 */
function ranker(data: Example[], kind: string): number[] {
  if (kind === 'inuse') return FEATURE_NAMES.map((n) => SCORER.weights[n] ?? 0);
  return trainRanker(kind === 'admissible' ? data.map(admissibleOnly) : data);
}

/** The question with only the candidates decide() could assert (those that fit the slot and no rule rules out). */
function admissibleOnly(e: Example): Example {
  const q = e.prepared.question;
  const keep = e.cands.map((c) => {
    const s = { ...c, rank: 0, lead: 0, crowd: 0, p: 0 };
    return fits(e, s) && valueFits(q, s);
  });
  return { ...e, cands: e.cands.filter((_, i) => keep[i]), labels: e.labels.filter((_, i) => keep[i]) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Right answers and unanswerables answered per fixture set at a threshold: the sets the tests hold to their claimed figures. */
function fixtureCounts(js: Judged[], gates: Gates, t: number): Map<string, { right: number; unanswerable: number }> {
  const out = new Map<string, { right: number; unanswerable: number }>();
  for (const j of js) {
    if (j.e.set === 'study') continue;
    const o = outcomeAt(j.e, j.top, j.scorer, gates, t, j.memo);
    const n = out.get(j.e.set) ?? { right: 0, unanswerable: 0 };
    if (o === 'right') n.right++;
    if (o === 'wrong' && j.e.none) n.unanswerable++;
    out.set(j.e.set, n);
  }
  return out;
}

async function main(): Promise<void> {
  const data = [...(await fixtureExamples()), ...(await studyExamples())];
  const study = data.filter((e) => e.set === 'study');
  console.log(`${data.length} questions (${study.length} real-news, ${excluded.size} articles left out)`);
  const variant = process.env.VARIANT ?? 'words';
  const gatesName = process.env.GATES ?? 'off';
  if (!VARIANTS[variant] || !GATES[gatesName]) throw new Error(`VARIANT is one of ${Object.keys(VARIANTS).join(', ')}; GATES on or off`);
  const compared = (process.env.COMPARE ?? variant).split(',');
  const rankerName = process.env.RANKER ?? 'admissible';
  // The weights in use, with their gates, on the same questions at their own threshold: the figure
  // the learned weights must beat (some of these questions trained them, which flatters them).
  const inUse = data.map((e) => judgedBy(e, SCORER));
  const ref = counts(
    inUse.filter((j) => j.e.set === 'study'),
    DECISION,
    SCORER.threshold,
  );
  const refFixtures = fixtureCounts(inUse, DECISION, SCORER.threshold);
  console.log(`weights in use (with their gates) on the real-news questions at ${SCORER.threshold}: right ${ref.right}, wrong ${ref.wrong}`);
  console.log(`fixture sets with the weights in use: ${JSON.stringify(Object.fromEntries(refFixtures))}`);
  const rankers = (process.env.RANKERS ?? rankerName).split(',');
  const held = heldOut(data, compared, rankers);
  for (const v of [...held.keys()])
    for (const g of Object.keys(GATES))
      for (const t of THRESHOLDS) {
        const c = counts(held.get(v) ?? [], GATES[g], t);
        console.log(
          `out of fold ${v} gates ${g} at ${t.toFixed(3)}: right ${c.right}, wrong ${c.wrong} (${(c.right - ref.right).toString()} right, ${(c.wrong - ref.wrong).toString()} wrong against the weights in use)`,
        );
      }
  const w = ranker(data, rankerName);
  const cal = trainCalibration(data, w, VARIANTS[variant]);
  console.log(`whole model ${variant}: ${JSON.stringify(asScorer(w, cal, 0.5, ''))}`);
  const gates = GATES[gatesName];
  const whole = data.map((e) => judgedBy(e, asScorer(w, cal, 0.5, '')));
  const keepsFixtures = (t: number) =>
    [...fixtureCounts(whole, gates, t)].every(([set, n]) => n.unanswerable === 0 && n.right >= (refFixtures.get(set)?.right ?? 0) - FIXTURE_SLACK);
  const curve = THRESHOLDS.map((t) => {
    const inSample = counts(
      whole.filter((j) => j.e.set === 'study'),
      gates,
      t,
    );
    const oof = counts(held.get(`${rankerName}/${variant}`) ?? [], gates, t);
    console.log(
      `${variant} gates ${gatesName} at ${t.toFixed(3)}: in sample right ${inSample.right}, wrong ${inSample.wrong}; fixture sets ${JSON.stringify(Object.fromEntries(fixtureCounts(whole, gates, t)))}`,
    );
    return { t, right: inSample.right, wrong: inSample.wrong, heldRight: oof.right, heldWrong: oof.wrong };
  });
  // Out of fold, as many right answers as the weights in use give, with the fewest wrong; kept only
  // when that is fewer wrong than theirs (issue 13: a wrong answer costs more than "not found").
  const forced = process.env.WRITE_AT ? curve.find((c) => Math.abs(c.t - Number(process.env.WRITE_AT)) < 1e-6) : undefined;
  if (process.env.WRITE_AT && !forced) throw new Error(`WRITE_AT must be one of the thresholds swept: ${THRESHOLDS.join(', ')}`);
  const chosen =
    forced ?? curve.filter((c) => keepsFixtures(c.t) && c.heldRight >= ref.right).sort((a, b) => a.heldWrong - b.heldWrong || b.heldRight - a.heldRight)[0];
  if (forced) console.log(`WRITE_AT ${forced.t}: written whatever the rule says (fixture sets kept: ${keepsFixtures(forced.t)})`);
  if (!chosen || (!forced && chosen.heldWrong >= ref.wrong)) {
    console.log(
      `No threshold keeps the fixture sets and gives, out of fold, >= ${ref.right} right with < ${ref.wrong} wrong${chosen ? ` (best: ${chosen.heldRight} right, ${chosen.heldWrong} wrong at ${chosen.t})` : ''}: nothing written (the weights in use stay).`,
    );
    return;
  }
  const trainedOn = `bench/train-ask-ranker.ts (VARIANT=${variant} GATES=${gatesName}): ${data.length} questions (test/fixtures/ask sets + real-news study material: ${STUDY_SETS.join(', ')}); threshold ${chosen.t}: in sample on the real-news questions ${chosen.right} right, ${chosen.wrong} wrong; out of fold (${FOLDS} folds by article) ${chosen.heldRight} right, ${chosen.heldWrong} wrong, against ${ref.right} right, ${ref.wrong} wrong for the weights and gates it replaced`;
  const scorer = asScorer(w, cal, chosen.t, trainedOn);
  console.log(JSON.stringify(scorer, null, 2));
  if (process.argv.includes('--dry')) return;
  const src = await readFile(WEIGHTS, 'utf8');
  const start = src.indexOf('export const SCORER: Scorer = ');
  await writeFile(WEIGHTS, `${src.slice(0, start)}export const SCORER: Scorer = ${JSON.stringify(scorer, null, 2)};\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
