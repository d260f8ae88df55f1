import type { ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { appendFile, copyFile, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { COMMAND_TABLE } from '../src/answer/commands.js';
import { loadCorpus } from '../src/corpus/load.js';
import { FolderSource } from '../src/corpus/source.js';
import type { ArticleExtraction } from '../src/extract/index.js';
import { buildIndexData, openIndex, type CoverageIndex } from '../src/index/build.js';
import { extractorFingerprint } from '../src/index/fingerprint.js';
import type { Article } from '../src/model/article.js';
import type { Answer } from '../src/model/answer.js';
import { linkVersion } from '../src/queue/link.js';
import { openQueue } from '../src/queue/queue.js';
import { enqueueReindex, waitForVersion } from '../src/queue/reindex.js';
import { ExtractionPool, isFailure } from '../src/runtime/workers.js';
import { PgStore } from '../src/store/postgres.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { articleText, CACHE, corpusFolder } from './corpus.js';
import { percentile } from './evaluate.js';
import { generateCorpus, type GeneratedArticle } from './generate.js';
import { key, makeQueries } from './queries.js';
import { rng, mix } from './random.js';
import {
  askOverHttp,
  residentMB,
  startReplicaProcess,
  startWorkerProcess,
  stopAll,
  untilCount,
  webhookSink,
  type ReplicaProcess,
  type WebhookSink,
} from './scale-processes.js';
import { DEFAULT_ANSWER_TIMEOUT_MS, ScopedReplica } from '../src/replica/scoped.js';
import { log } from './log.js';

/**
 * npm run bench:scale [-- --articles 100000] [--queries 100] [--scoped-env NAME=value,...]
 *   [--records FILE --records-code COMMIT] [--scoped-only] [--no-in-process]
 *
 * The archive-sized rows of issue 16. Generates the corpus, extracts it on worker threads
 * (resumable: each finished chunk is appended to bench/.cache, keyed by the extraction code),
 * and loads it into a throwaway PostgreSQL through the store's own writes (saveExtraction and
 * settleArticle per article, as a queue worker does, then the corpus-wide linking a worker runs).
 * Then: query p50/p99 per command from the in-memory index, the database size, two replica
 * processes (`npm start`, HTTP mode) with their memory, and the time one added article takes to
 * reach both through a reindex and two `npm run worker` processes. With --scoped-env, the same
 * for replicas started with those settings (the scoped replica answering from PostgreSQL candidates).
 *
 * --records FILE: the records are taken from an extraction cache file (bench/.cache/scale-extract-…
 * .ndjson) that an older extraction code wrote, instead of extracting again (hours at 100 k on 2
 * cores); --records-code names that code (a commit), and the result says the records come from it
 * while the store, the replicas and the answers run the code of this run. They are stored under
 * this code's extractor key, so replicas read them and a reindex extracts only added articles.
 * --scoped-only: no in-memory index and no full replicas (rows that this code does not change):
 * the scoped replica in process and the two scoped replica processes. --no-in-process: without
 * the scoped pass in the bench process either (the HTTP pass answers the same questions).
 */
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const N = Number(opt('--articles', '100000'));
const PER_COMMAND = Number(opt('--queries', '100'));
const RECORDS = args.includes('--records') ? path.resolve(opt('--records', '')) : null;
const RECORDS_CODE = opt('--records-code', 'unknown');
const SCOPED_ONLY = args.includes('--scoped-only');
const IN_PROCESS = !args.includes('--no-in-process');
const SEED = 20240501;
const CHUNK = 1000;
const COMMANDS = ['whosaid', 'quote', 'ask', 'speaker'] as const;
type Command = (typeof COMMANDS)[number];

interface Query {
  command: Command;
  args: string[];
  /** Words the first result must contain (for /speaker: the name), or null when nothing should be found. */
  expect: { contains: string[]; speaker?: string } | null;
}

export interface Latencies {
  [command: string]: { n: number; p50: number; p99: number; hit1: number };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const started = performance.now();
  log(`scale bench: ${N} articles, ${availableParallelism()} cores, load ${loadAtStart.toFixed(1)}`);
  // Replicas and workers run this code as it is now, whatever is edited in the tree during a long run.
  const code = await frozenCode();
  const generated = generateCorpus(SEED, N);
  const dir = await corpusFolder(SEED, generated);
  const loaded = await loadCorpus(dir);
  process.on('SIGUSR2', () => {
    stopEarly = true;
    log('SIGUSR2: extraction stops after this chunk; the run goes on with the articles extracted so far');
  });
  const extraction = RECORDS ? await recordsFrom(RECORDS, loaded.articles) : await extractResumable(loaded.articles);
  // Cut short (SIGUSR2): the generator's corpus of that size is this prefix, so everything below is about it.
  const corpus = { articles: loaded.articles.slice(0, extraction.parts.length), warnings: loaded.warnings };
  const kept = new Set(corpus.articles.map((a) => a.file));
  const queries = makeScaleQueries(generated.filter((g) => kept.has(g.file)));
  generated.length = 0;
  const memory = SCOPED_ONLY ? null : await inMemoryRows(corpus, extraction.parts, queries);
  const counts = memory?.counts ?? countsOf(extraction.parts);
  const cluster = await startPostgres();
  const children: ChildProcess[] = [];
  try {
    const url = await cluster.database();
    const store = await PgStore.open(url, { max: 6 });
    const load = await loadIntoStore(store, corpus.articles, corpus.warnings, extraction.parts);
    const size = await databaseSize(store);
    log(`database: ${JSON.stringify(size)}`);
    const copy = await mkdtemp(path.join(tmpdir(), 'coverage-scale-'));
    for (const a of corpus.articles) await copyFile(path.join(dir, a.file), path.join(copy, a.file));
    const boss = await openQueue(url);
    try {
      const workers = await Promise.all([startWorkerProcess(url, code.dir), startWorkerProcess(url, code.dir)]);
      children.push(...workers);
      // The scoped replica in this process first (its per-question reads of PostgreSQL), then both kinds as processes.
      let scopedQueries: Latencies = {};
      let scopedCache = 0;
      if (IN_PROCESS) {
        const opened = await ScopedReplica.open({ store, boss, source: new FolderSource(copy) });
        scopedQueries = await timeQueries(queries, (q) => opened.service.answerAsync(q.command, q.args));
        scopedCache = opened.cache.size;
        await opened.close();
        log(`scoped queries in process: ${JSON.stringify(scopedQueries)} (cache ${scopedCache} articles)`);
      }
      const sink = await webhookSink();
      const rows = { sink, queries, store, boss, children, url, dir: copy, codeDir: code.dir };
      const full = SCOPED_ONLY ? null : await replicaRows('full', rows, corpus.articles.length);
      const scoped = await replicaRows('scoped', rows, full?.articlesAfter ?? corpus.articles.length);
      await sink.close();
      const result = {
        command: `npm run bench:scale -- ${args.join(' ')}`.trim(),
        code: await commitOf(),
        records: RECORDS
          ? {
              file: path.basename(RECORDS),
              extractedBy: RECORDS_CODE,
              note: `records extracted by the code of ${RECORDS_CODE}; store, replicas and answers run ${await commitOf()}`,
            }
          : { file: null, extractedBy: 'this run' },
        date: new Date().toISOString(),
        cores: availableParallelism(),
        loadAtStart,
        loadAtEnd: loadavg()[0] ?? 0,
        totalMinutes: (performance.now() - started) / 60_000,
        articles: corpus.articles.length,
        counts,
        extraction: extraction.stats,
        openIndexMs: memory?.openMs ?? null,
        load,
        size,
        inMemory: memory?.latencies ?? null,
        scopedQueries,
        scopedCache,
        full,
        scoped,
      };
      await mkdir(RESULTS, { recursive: true });
      const name = SCOPED_ONLY ? `scale-${corpus.articles.length}-scoped-${result.code}.json` : `scale-${corpus.articles.length}.json`;
      await writeFile(path.join(RESULTS, name), JSON.stringify(result, null, 2));
      process.stdout.write(`\n${table(result)}\n`);
    } finally {
      await stopAll(children);
      await boss.stop({ graceful: false, wait: true });
      await store.close();
      await rm(copy, { recursive: true, force: true });
      await rm(code.dir, { recursive: true, force: true });
    }
  } finally {
    await cluster.stop();
  }
}

/** The in-memory index over the same records and each command's p50/p99 from it. */
async function inMemoryRows(corpus: { articles: Article[]; warnings: Parameters<typeof buildIndexData>[1] }, parts: ArticleExtraction[], queries: Query[]) {
  const data = await buildIndexData(corpus.articles, corpus.warnings, null, async () => parts);
  const t = performance.now();
  const index = openIndex(data);
  const openMs = performance.now() - t;
  const latencies = await timeQueries(queries, (q) => answerOf(index, q));
  log(`in-memory queries: ${JSON.stringify(latencies)}`);
  return { openMs, latencies, counts: { quotes: index.extraction.quotes.length, facts: index.facts.count, speakers: index.extraction.entities.length } };
}

/** Record counts straight from the extraction (speakers: the distinct names quoted, before linking). */
function countsOf(parts: readonly ArticleExtraction[]) {
  const names = new Set<string>();
  for (const p of parts) for (const q of p.quotes) if (q.speaker) names.add(q.speaker);
  return { quotes: parts.reduce((n, p) => n + p.quotes.length, 0), facts: parts.reduce((n, p) => n + p.facts.length, 0), speakersNamed: names.size };
}

/**
 * The records of every article from an extraction cache file written by an older run (see
 * --records): each article's line must match its content hash, so the records are this corpus's.
 */
async function recordsFrom(file: string, articles: Article[]): Promise<{ parts: ArticleExtraction[]; stats: Record<string, number> }> {
  const have = new Map<string, ArticleExtraction>();
  await readLines(file, (line) => {
    const part = JSON.parse(line) as ArticleExtraction;
    have.set(`${part.articleId}\0${part.hash}`, part);
  });
  const parts = articles.map((a) => have.get(`${a.id}\0${a.hash}`));
  const missing = parts.findIndex((p) => !p);
  if (missing >= 0) throw new Error(`${file} holds no records for ${articles[missing]?.id} at its current content: not this corpus's extraction`);
  log(`records of ${parts.length} articles from ${path.basename(file)} (extracted by ${RECORDS_CODE})`);
  return { parts: parts as ArticleExtraction[], stats: { extracted: 0, cached: parts.length, seconds: 0, articlesPerSec: 0, mainThreadCpuS: 0 } };
}

/** The commit this run's code is (--code, for a checkout without .git), else git's HEAD. */
async function commitOf(): Promise<string> {
  if (args.includes('--code')) return opt('--code', 'unknown');
  try {
    const { execFileSync } = await import('node:child_process');
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
let stopEarly = false;

/** A copy of src/ (and what runs it) as it is at the start, for the processes this run starts. */
async function frozenCode(): Promise<{ dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-scale-code-'));
  await cp(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  await cp(path.join(ROOT, 'commands'), path.join(dir, 'commands'), { recursive: true });
  for (const f of ['package.json', 'tsconfig.json']) await copyFile(path.join(ROOT, f), path.join(dir, f));
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir };
}

/** Two replicas of one kind: memory after start, then one added article through a reindex until both answer with it. */
async function replicaRows(
  kind: 'full' | 'scoped',
  ctx: {
    sink: WebhookSink;
    queries: Query[];
    store: PgStore;
    boss: Awaited<ReturnType<typeof openQueue>>;
    children: ChildProcess[];
    url: string;
    dir: string;
    codeDir: string;
  },
  articles: number,
) {
  log(`starting two ${kind} replicas…`);
  const { sink, queries, store, boss, children, url, dir, codeDir } = ctx;
  const env = { REPLICA_INDEX: kind, DISCORD_API_BASE: sink.apiBase, COOLDOWN_SECONDS: '0' };
  const replicas: ReplicaProcess[] = await Promise.all([startReplicaProcess(url, dir, codeDir, env), startReplicaProcess(url, dir, codeDir, env)]);
  children.push(...replicas.map((r) => r.child));
  const afterStart = replicas.map((r) => residentMB(r.child.pid));
  // Every query as a signed slash command over HTTP to the first replica, one at a time: the whole answer path, rendering included.
  const first = replicas[0]!;
  const http: Record<string, number[]> = {};
  for (const q of queries) {
    const names = COMMAND_TABLE[q.command].args.map((a) => a.name);
    const options = q.args.map((value, i) => ({ name: names[i] ?? 'text', value })).filter((o) => o.value);
    const ms = await askOverHttp(first.url, first.key, sink, q.command, options);
    (http[q.command] ??= []).push(ms);
    // Each one in the log: a run cut short still shows what was measured.
    log(`  ${kind} over HTTP: /${q.command} ${(ms / 1000).toFixed(1)} s`);
  }
  // Questions still running after the replica's time limit come back as a message saying so: counted apart.
  const overHttp = Object.fromEntries(
    Object.entries(http).map(([c, ms]) => [
      c,
      { n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), atTimeLimit: ms.filter((m) => m >= DEFAULT_ANSWER_TIMEOUT_MS).length },
    ]),
  );
  const afterQueries = residentMB(first.child.pid);
  log(`${kind} replica over HTTP: ${JSON.stringify(overHttp)}; ${afterQueries.now} MB after`);
  const file = path.join(dir, `zz-added-${kind}.txt`);
  await writeFile(
    file,
    `Quay lights replaced\nDate: 2025-06-01\n\n"The new lamps use a third of the power," said Ines Varga, the harbour engineer, of the ${kind} test.\n`,
  );
  const t = performance.now();
  const job = await enqueueReindex(store, boss, new FolderSource(dir));
  const enqueuedMs = performance.now() - t;
  const done = await waitForVersion(store, job.version, 60 * 60_000, 20);
  const completeMs = performance.now() - t;
  const reached = await Promise.all(replicas.map((r) => untilCount(r.url, articles + 1)));
  const row = {
    kind,
    startMs: replicas.map((r) => r.startMs),
    rssAfterStartMB: afterStart,
    overHttp,
    rssAfterQueriesMB: afterQueries,
    enqueuedMs,
    completeMs,
    state: done.state,
    reachedMs: reached.map((at) => at - t),
    rssAfterSwitchMB: replicas.map((r) => residentMB(r.child.pid)),
    articlesAfter: articles + 1,
  };
  log(`${kind} replicas: ${JSON.stringify(row)}`);
  await stopAll(replicas.map((r) => r.child));
  return row;
}

/** Extraction on a worker-thread pool, chunk by chunk; finished chunks are kept so a cut-short run resumes. */
async function extractResumable(articles: Article[]): Promise<{ parts: ArticleExtraction[]; stats: Record<string, number> }> {
  await mkdir(CACHE, { recursive: true });
  const file = path.join(CACHE, `scale-extract-${SEED}-${extractorFingerprint().slice(0, 16)}.ndjson`);
  const have = new Map<string, ArticleExtraction>();
  await readLines(file, (line) => {
    const part = JSON.parse(line) as ArticleExtraction;
    have.set(`${part.articleId}\0${part.hash}`, part);
  });
  const todo = articles.filter((a) => !have.has(`${a.id}\0${a.hash}`));
  log(`extraction: ${articles.length - todo.length} cached, ${todo.length} to extract on ${availableParallelism()} threads`);
  const pool = new ExtractionPool(availableParallelism());
  const t = performance.now();
  const cpu = process.cpuUsage();
  try {
    for (let i = 0; i < todo.length && !stopEarly; i += CHUNK) {
      const results = await pool.extract(todo.slice(i, i + CHUNK));
      const failed = results.find(isFailure);
      if (failed) throw new Error(`Extraction failed for ${failed.articleId}: ${failed.failed}`);
      const parts = results as ArticleExtraction[];
      await appendFile(file, parts.map((p) => `${JSON.stringify(p)}\n`).join(''));
      for (const p of parts) have.set(`${p.articleId}\0${p.hash}`, p);
      const s = (performance.now() - t) / 1000;
      log(`  ${i + parts.length}/${todo.length} extracted, ${((i + parts.length) / s).toFixed(1)} articles/s, load ${loadavg()[0]?.toFixed(1)}`);
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  // The longest prefix of the corpus with every article extracted (all of it unless stopped early).
  const parts: ArticleExtraction[] = [];
  for (const a of articles) {
    const part = have.get(`${a.id}\0${a.hash}`);
    if (!part) break;
    parts.push(part);
  }
  const extracted = todo.filter((a) => have.has(`${a.id}\0${a.hash}`)).length;
  return {
    parts,
    stats: {
      extracted,
      cached: articles.length - todo.length,
      seconds,
      articlesPerSec: extracted / Math.max(seconds, 1e-9),
      mainThreadCpuS: (used.user + used.system) / 1e6,
    },
  };
}

async function readLines(file: string, each: (line: string) => void): Promise<void> {
  const stream = createReadStream(file, 'utf8');
  const missing = await new Promise<boolean>((resolve) => {
    stream.once('error', () => resolve(true));
    stream.once('readable', () => resolve(false));
  });
  if (missing) return;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line.trim()) each(line);
}

/** Through the store's own writes, as queue workers make them: one transaction per article, then the settling claim and linking. */
async function loadIntoStore(store: PgStore, articles: Article[], warnings: Parameters<PgStore['beginVersion']>[1], parts: ArticleExtraction[]) {
  const extractor = extractorFingerprint();
  let t = performance.now();
  const { version, todo } = await store.beginVersion(articles, warnings, extractor);
  const beginMs = performance.now() - t;
  const byId = new Map(parts.map((p) => [p.articleId, p]));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  t = performance.now();
  let claimed = false;
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < todo.length) {
      const key = todo[next++]!;
      const part = byId.get(key.articleId);
      if (!part) throw new Error(`no extraction for ${key.articleId}`);
      await store.saveExtraction(part, extractor, 'bench-scale', articleText(texts, key.articleId));
      if (await store.settleArticle(version, key.articleId)) claimed = true;
      if (next % 10_000 === 0) log(`  ${next}/${todo.length} stored`);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
  const writeMs = performance.now() - t;
  if (!claimed) throw new Error('no article settled the version');
  t = performance.now();
  await linkVersion(store, version, (level, msg, fields) => log(`${level}: ${msg} ${JSON.stringify(fields ?? {})}`));
  const linkMs = performance.now() - t;
  const row = await store.version(version);
  if (row?.state !== 'complete') throw new Error(`version ${version} is ${row?.state}: ${row?.error}`);
  log(`stored: begin ${beginMs.toFixed(0)} ms, writes ${(writeMs / 1000).toFixed(1)} s, linking ${(linkMs / 1000).toFixed(1)} s`);
  return { beginMs, writeMs, articlesPerSec: todo.length / (writeMs / 1000), linkMs };
}

async function databaseSize(store: PgStore): Promise<Record<string, number>> {
  const { rows } = await store.pool.query<{ total: string; records: string; jobs: string }>(
    `SELECT pg_database_size(current_database()) AS total,
      (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname = 'public' AND c.relkind = 'r') AS records,
      (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname = 'pgboss' AND c.relkind = 'r') AS jobs`,
  );
  const mb = (bytes: string | undefined) => Number(bytes ?? 0) / 2 ** 20;
  return { storeMB: mb(rows[0]?.records), jobsMB: mb(rows[0]?.jobs), databaseMB: mb(rows[0]?.total) };
}

/** /whosaid, /quote and /ask from the shared benchmark queries; /speaker by the names quoted, and names nobody has. */
function makeScaleQueries(generated: GeneratedArticle[]): Query[] {
  const out: Query[] = makeQueries(SEED, generated, PER_COMMAND)
    .filter((q) => q.command !== 'autocomplete')
    .map((q) => ({ command: q.command as Command, args: q.command === 'quote' && q.speaker ? [q.text, q.speaker] : [q.text], expect: q.expect }));
  const r = rng(mix(SEED, 0x5be));
  const quotes = generated.flatMap((a) => a.quotes);
  for (let i = 0; i < PER_COMMAND; i++) {
    if (i / PER_COMMAND >= 0.9) out.push({ command: 'speaker', args: [`Zorblat Quenix${i}`], expect: null });
    else {
      const speaker = r.pick(quotes).speaker;
      out.push({ command: 'speaker', args: [speaker.name], expect: { contains: [], speaker: speaker.name } });
    }
  }
  return out;
}

/** The same call every face makes: the command table's answer. */
function answerOf(index: CoverageIndex, q: Query): Answer {
  const answer = COMMAND_TABLE[q.command].answer;
  return answer(index, q.args);
}

function isHit(q: Query, a: Answer): boolean {
  const top = a.results[0];
  if (!q.expect) return !a.found;
  if (!a.found || !top) return false;
  if (q.command === 'speaker') return (a.answer ?? '').includes(q.expect.speaker ?? '\0');
  const words = ` ${key(q.command === 'ask' ? `${top.text} ${top.passage.text}` : top.text)} `;
  return q.expect.contains.every((c) => words.includes(` ${c} `)) && (q.expect.speaker === undefined || top.speaker === q.expect.speaker);
}

/** Each query once, after a few untimed warm-ups; p50/p99 and first-result hits per command. */
export async function timeQueries(queries: Query[], answer: (q: Query) => Answer | Promise<Answer>): Promise<Latencies> {
  for (const q of queries.slice(0, 8)) await answer(q);
  const ms = new Map<Command, number[]>();
  const hits = new Map<Command, number>();
  for (const q of queries) {
    const t = performance.now();
    const a = await answer(q);
    const took = performance.now() - t;
    ms.set(q.command, [...(ms.get(q.command) ?? []), took]);
    if (isHit(q, a)) hits.set(q.command, (hits.get(q.command) ?? 0) + 1);
  }
  return Object.fromEntries(
    COMMANDS.map((c) => {
      const list = ms.get(c) ?? [];
      return [c, { n: list.length, p50: percentile(list, 50), p99: percentile(list, 99), hit1: (hits.get(c) ?? 0) / Math.max(list.length, 1) }];
    }),
  );
}

type Result = {
  command: string;
  code: string;
  records: { file: string | null; extractedBy: string; note?: string };
  cores: number;
  loadAtStart: number;
  loadAtEnd: number;
  articles: number;
  totalMinutes: number;
  size: Record<string, number>;
  inMemory: Latencies | null;
  scopedQueries: Latencies;
  scopedCache: number;
  full: Awaited<ReturnType<typeof replicaRows>> | null;
  scoped: Awaited<ReturnType<typeof replicaRows>> | null;
  load: Awaited<ReturnType<typeof loadIntoStore>>;
  extraction: Record<string, number>;
};

function table(r: Result): string {
  const f = (n: number | undefined, d = 1) => (n === undefined ? '—' : n.toFixed(d));
  const lines = [
    `\`${r.command}\`: ${r.articles} articles, ${r.cores} cores, load average ${f(r.loadAtStart)} at start, ${f(r.loadAtEnd)} at end, ${f(r.totalMinutes)} min`,
    '',
    '| command | answer from the in-memory index, p50 / p99 ms (hit@1) | answer from PostgreSQL candidates (scoped replica), p50 / p99 ms (hit@1) | over HTTP, full replica process, p50 / p99 ms | over HTTP, scoped replica process, p50 / p99 ms |',
    '|---|---:|---:|---:|---:|',
    ...COMMANDS.map((c) => {
      const m = r.inMemory?.[c];
      const s = r.scopedQueries[c];
      const hf = r.full?.overHttp[c];
      const hs = r.scoped?.overHttp[c];
      const hit = (l: Latencies[string] | undefined) => (l ? `${f(l.p50)} / ${f(l.p99)} (${f(l.hit1 * 100, 0)} %)` : 'not measured');
      return `| /${c} | ${hit(m)} | ${hit(s)} | ${hf ? `${f(hf.p50)} / ${f(hf.p99)}` : 'not measured'} | ${f(hs?.p50)} / ${f(hs?.p99)} |`;
    }),
    '',
    `(${r.scoped?.overHttp.whosaid?.n ?? 0} queries per command, one at a time; the scoped replica's article cache held ${r.scopedCache} articles after them. Code ${r.code}; records extracted by ${r.records.extractedBy}.)`,
    '',
    '| | value |',
    '|---|---:|',
    `| extraction on worker threads (this run; cached chunks not counted) | ${r.extraction.extracted} articles, ${f(r.extraction.articlesPerSec)} articles/s |`,
    `| store writes (saveExtraction + settleArticle, 4 connections) | ${f(r.load.writeMs / 1000)} s, ${f(r.load.articlesPerSec, 0)} articles/s |`,
    `| corpus-wide linking of the version (one process) | ${f(r.load.linkMs / 1000)} s |`,
    `| database: store tables with indexes / job tables / whole database | ${f(r.size.storeMB)} / ${f(r.size.jobsMB)} / ${f(r.size.databaseMB)} MB |`,
  ];
  for (const row of [r.full, r.scoped]) {
    if (!row) continue;
    lines.push(
      `| ${row.kind} replica: start until answering | ${row.startMs.map((m) => f(m / 1000)).join(', ')} s |`,
      `| ${row.kind} replica: resident memory after start (peak) | ${row.rssAfterStartMB.map((m) => `${m.now} (${m.peak})`).join(', ')} MB |`,
      `| ${row.kind} replica: resident memory after answering every query over HTTP (peak) | ${row.rssAfterQueriesMB.now} (${row.rssAfterQueriesMB.peak}) MB |`,
      `| ${row.kind}: one article added → version complete (2 workers) | ${f(row.completeMs / 1000)} s (${row.state}) |`,
      `| ${row.kind}: … → answering on both replicas | ${row.reachedMs.map((m) => f(m / 1000)).join(', ')} s |`,
      `| ${row.kind} replica: resident memory after the switch (peak) | ${row.rssAfterSwitchMB.map((m) => `${m.now} (${m.peak})`).join(', ')} MB |`,
    );
  }
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`scale bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
