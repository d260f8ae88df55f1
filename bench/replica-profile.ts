import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { loadCorpus } from '../src/corpus/load.js';
import { FolderSource } from '../src/corpus/source.js';
import type { ArticleExtraction } from '../src/extract/index.js';
import { extractorFingerprint } from '../src/index/fingerprint.js';
import type { Article } from '../src/model/article.js';
import { linkVersion } from '../src/queue/link.js';
import { openQueue } from '../src/queue/queue.js';
import { ScopedReplica } from '../src/replica/scoped.js';
import { PgStore } from '../src/store/postgres.js';
import { articleText, corpusFolder, generateCorpus } from './corpus.js';
import { percentile } from './evaluate.js';
import type { GeneratedArticle } from './generate.js';
import { makeQueries } from './queries.js';
import { mix, rng } from './random.js';
import { log } from './log.js';

/**
 * npx tsx bench/replica-profile.ts --url postgres://… --articles 10000 --records FILE [--per 6]
 *   [--commands speaker,ask] [--explain 200] [--out FILE]
 *
 * Where a scoped replica's answer time goes: every SQL statement it issues (timed around the
 * call, named by the store function that issued it) and the JavaScript between them, per question.
 * The replica runs in this process on the calling thread (threads 0), one question at a time, over
 * a database kept between runs (--url): on first use the generated corpus's first --articles
 * articles are written into it from an extraction cache file (--records, a bench/scale.ts
 * `scale-extract-….ndjson`; the records of any extraction code, stored under this code's key) as
 * workers write them, then linked. A before/after of two commits runs this same command from a
 * checkout of each against the same database. With --explain MS, each statement that took MS or
 * more is run again under EXPLAIN (ANALYZE, BUFFERS) with the same parameters, into --out's plans.
 * The questions are bench/scale.ts's (its /ask from bench/queries.ts, its /speaker names picked
 * from the corpus's quotations) for the same --per.
 */
const SEED = 20240501;
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const URL_ = opt('--url', '');
const N = Number(opt('--articles', '10000'));
const PER = Number(opt('--per', '6'));
const RECORDS = opt('--records', '');
const COMMANDS = new Set(opt('--commands', 'speaker,ask').split(','));
const EXPLAIN_MS = args.includes('--explain') ? Number(opt('--explain', '200')) : null;
const OUT = opt('--out', '');

type Command = 'whosaid' | 'quote' | 'ask' | 'speaker';
interface Question {
  command: Command;
  args: string[];
}

/** One statement as issued: who issued it, when, how long, and what (for EXPLAIN). */
interface Statement {
  caller: string;
  start: number;
  ms: number;
  rows: number;
  text: string;
  values: unknown[];
}

const issued: Statement[] = [];

/**
 * Times every statement sent through a pool or a client taken from one, naming it by the first
 * src/ function on its stack. The pool's own time includes waiting for a free connection: a wait
 * the answer pays too. (The pool sends its statements to a client with a callback: not counted twice.)
 */
function timeStatements(): void {
  const wrap = (proto: { query: (...a: unknown[]) => unknown }) => {
    const original = proto.query;
    proto.query = function timed(this: unknown, ...a: unknown[]) {
      if (typeof a.at(-1) === 'function') return original.apply(this, a);
      const [config, values] = a;
      const text = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '');
      const params = Array.isArray(values) ? values : ((config as { values?: unknown[] } | null)?.values ?? []);
      const caller = callerOf(new Error().stack ?? '');
      const start = performance.now();
      const out = original.apply(this, a) as Promise<{ rows?: unknown[] }>;
      out.then(
        (r) => issued.push({ caller, start, ms: performance.now() - start, rows: r?.rows?.length ?? 0, text, values: params }),
        () => undefined,
      );
      return out;
    };
  };
  wrap(pg.Pool.prototype as unknown as { query: (...a: unknown[]) => unknown });
  wrap(pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown });
}

function callerOf(stack: string): string {
  for (const line of stack.split('\n').slice(2)) {
    const m = /at (?:async )?([\w.<>]+) \(.*\/src\/(store|replica)\/([\w-]+)\.ts/.exec(line);
    if (m) return `${m[3]}.${m[1]}`;
  }
  return 'other';
}

/** The wall time covered by at least one statement in flight, of those started in [from, to). */
function sqlWallMs(list: readonly Statement[]): number {
  const spans = list.map((s) => [s.start, s.start + s.ms] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

async function main(): Promise<void> {
  if (!URL_) throw new Error('--url postgres://… (a database kept between runs) is required');
  const generated = generateCorpus(SEED, N);
  const dir = await corpusFolder(SEED, generated);
  const store = await PgStore.open(URL_, { max: 6 });
  try {
    if (!(await store.latestComplete())) await load(store, dir);
    const questions = questionsOf(generated).filter((q) => COMMANDS.has(q.command));
    generated.length = 0;
    const boss = await openQueue(URL_);
    const replica = await ScopedReplica.open({ store, boss, source: new FolderSource(dir), threads: 0, pollMs: 3_600_000 });
    timeStatements();
    const loadAtStart = loadavg()[0] ?? 0;
    const rows: Record<string, unknown>[] = [];
    try {
      // One untimed question first: a fresh process's first answer pays module and cache warm-up.
      await replica.service.answerAsync('speaker', ['Zorblat Quenix']);
      for (const q of questions) {
        issued.length = 0;
        const t = performance.now();
        await replica.service.answerAsync(q.command, q.args);
        const ms = performance.now() - t;
        const list = [...issued];
        const sql = sqlWallMs(list);
        const byCaller = new Map<string, { n: number; ms: number; max: number; rows: number }>();
        for (const s of list) {
          const c = byCaller.get(s.caller) ?? { n: 0, ms: 0, max: 0, rows: 0 };
          byCaller.set(s.caller, { n: c.n + 1, ms: c.ms + s.ms, max: Math.max(c.max, s.ms), rows: c.rows + s.rows });
        }
        const steps = [...byCaller].sort((a, b) => b[1].ms - a[1].ms);
        log(
          `/${q.command} ${q.args[0]?.slice(0, 40)}: ${ms.toFixed(0)} ms, SQL in flight ${sql.toFixed(0)} ms, JS ${(ms - sql).toFixed(0)} ms; ${list.length} statements, scope ${'lastScope' in replica.answers ? replica.answers.lastScope : '?'}`,
        );
        for (const [caller, c] of steps.slice(0, 8)) log(`    ${caller}: ${c.n} × = ${c.ms.toFixed(0)} ms (max ${c.max.toFixed(0)}), ${c.rows} rows`);
        const plans =
          EXPLAIN_MS === null
            ? []
            : await explain(
                store.pool,
                list.filter((s) => s.ms >= EXPLAIN_MS),
              );
        rows.push({ command: q.command, args: q.args, ms, sqlMs: sql, jsMs: ms - sql, statements: list.length, steps: Object.fromEntries(steps), plans });
      }
    } finally {
      await replica.close();
      await boss.stop({ graceful: false, wait: true });
    }
    const latency: Record<string, { n: number; p50: number; p99: number; sqlP50: number; jsP50: number }> = {};
    for (const c of new Set(rows.map((r) => r.command as string))) {
      const of = rows.filter((r) => r.command === c);
      const pick = (k: string) => of.map((r) => r[k] as number);
      latency[c] = {
        n: of.length,
        p50: percentile(pick('ms'), 50),
        p99: percentile(pick('ms'), 99),
        sqlP50: percentile(pick('sqlMs'), 50),
        jsP50: percentile(pick('jsMs'), 50),
      };
    }
    const result = { articles: N, per: PER, loadAtStart, loadAtEnd: loadavg()[0] ?? 0, date: new Date().toISOString(), latency, questions: rows };
    console.log(JSON.stringify(latency));
    for (const [c, l] of Object.entries(latency))
      console.log(`| /${c} | ${l.n} | ${l.p50.toFixed(0)} / ${l.p99.toFixed(0)} | ${l.sqlP50.toFixed(0)} | ${l.jsP50.toFixed(0)} |`);
    console.log(`load ${loadAtStart.toFixed(1)} → ${result.loadAtEnd.toFixed(1)}`);
    if (OUT) {
      await mkdir(path.dirname(OUT), { recursive: true });
      await writeFile(OUT, JSON.stringify(result, null, 2));
    }
  } finally {
    await store.close();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement with its parameters as issued. */
async function explain(pool: pg.Pool, list: readonly Statement[]): Promise<{ caller: string; ms: number; plan: string }[]> {
  const out: { caller: string; ms: number; plan: string }[] = [];
  for (const s of list) {
    if (!/^\s*(WITH|SELECT)/i.test(s.text)) continue;
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
    out.push({ caller: s.caller, ms: s.ms, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
  }
  return out;
}

/** bench/scale.ts's questions for --per: its /ask (and /whosaid, /quote) from makeQueries, its /speaker names. */
function questionsOf(generated: GeneratedArticle[]): Question[] {
  const out: Question[] = makeQueries(SEED, generated, PER)
    .filter((q) => q.command !== 'autocomplete')
    .map((q) => ({ command: q.command as Command, args: q.command === 'quote' && q.speaker ? [q.text, q.speaker] : [q.text] }));
  const r = rng(mix(SEED, 0x5be));
  const quotes = generated.flatMap((a) => a.quotes);
  for (let i = 0; i < PER; i++) out.push({ command: 'speaker', args: [i / PER >= 0.9 ? `Zorblat Quenix${i}` : r.pick(quotes).speaker.name] });
  return out;
}

/** The corpus's version written as workers write it (bench/scale.ts loadIntoStore), from --records. */
async function load(store: PgStore, dir: string): Promise<void> {
  if (!RECORDS) throw new Error('the database holds no version: --records FILE (a scale-extract-….ndjson) is needed to write one');
  const corpus = await loadCorpus(dir);
  const parts = await recordsFor(corpus.articles);
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const extractor = extractorFingerprint();
  let t = performance.now();
  const { version, todo } = await store.beginVersion(corpus.articles, corpus.warnings, extractor);
  log(`version ${version} begun in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < todo.length) {
      const key = todo[next++] as (typeof todo)[number];
      const part = parts.get(key.articleId);
      if (!part) throw new Error(`no records for ${key.articleId}`);
      await store.saveExtraction(part, extractor, 'bench-profile', articleText(texts, key.articleId));
      await store.settleArticle(version, key.articleId);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
  log(`records written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await linkVersion(store, version);
  log(`linked in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await store.pool.query('VACUUM ANALYZE');
}

/** The records of `articles` (by id and content hash) from the cache file, read until all are found. */
async function recordsFor(articles: readonly Article[]): Promise<Map<string, ArticleExtraction>> {
  const wanted = new Map(articles.map((a) => [a.id, a.hash]));
  const out = new Map<string, ArticleExtraction>();
  const stream = createReadStream(RECORDS);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line) continue;
    const part = JSON.parse(line) as ArticleExtraction;
    if (wanted.get(part.articleId) === part.hash) out.set(part.articleId, part);
    if (out.size === wanted.size) break;
  }
  stream.destroy();
  if (out.size !== wanted.size) throw new Error(`${RECORDS} holds records for ${out.size} of the ${wanted.size} articles`);
  return out;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
