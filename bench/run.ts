import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { buildIndexData, corpusHash, indexData, openIndex, type CoverageIndex, type IndexData } from '../src/index/build.js';
import { readSnapshot, writeSnapshot } from '../src/index/snapshot.js';
import { derivedFingerprint, extractorFingerprint } from '../src/index/fingerprint.js';
import { extractArticles } from '../src/runtime/workers.js';
import { ScanSearch } from '../src/search/scan.js';
import { CACHE, corpusFolder, extractorHash } from './corpus.js';
import { generateCorpus, type GeneratedArticle } from './generate.js';
import { runQueries, summarize } from './evaluate.js';
import { extractAll, reindexInChild, snapshotRoundTrip, startup } from './measure.js';
import { makeQueries, type BenchQuery, type Command } from './queries.js';
import { machine, markdown, type CommandResult, type SizeResult } from './report.js';
import { truthExtraction, truthParts } from './truth.js';
import { benchPathological, pathologicalTable } from './pathological.js';
import { benchInteractions, interactionsTable } from './interactions.js';
import { benchCharts, chartTable, type ChartBench } from './charts.js';
import { benchReplicaMemory, replicaMemoryTable } from './replica-memory.js';
import { benchTopicVectors, topicVectorsTable } from './topic-vectors.js';

/**
 * npm run bench [-- --quick | --huge] [--seed N] [--no-cache]
 * Sizes 100, 1 k, 10 k (100 k with --huge; 100 and 1 k with --quick).
 *
 * npm run bench -- --only startup,reindex,queries,pathological,interactions,topics,scale [--sizes 10000]
 * Just those measurements (in fresh processes, as the full run does), from the snapshot the last
 * full run left in bench/.cache when it still matches the corpus; prints JSON, writes no results.
 */
const args = process.argv.slice(2);
const SEED = Number(args[args.indexOf('--seed') + 1]) || 20240501;
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]?.split(',')) : null;
const SIZES = args.includes('--sizes')
  ? args[args.indexOf('--sizes') + 1].split(',').map(Number)
  : args.includes('--quick')
    ? [100, 1000]
    : args.includes('--huge')
      ? [100, 1000, 10000, 100000]
      : [100, 1000, 10000];
/** Plain fuse.js takes seconds per query at 10 k; it runs on about this many queries per command there. */
const BASELINE_QUERIES_LARGE = 50;
const QUERIES_PER_COMMAND = 200;
/** A word the generator's quotations use, for the chart rows (issue 17). */
const CHART_TOPIC = 'tenants';
const chartResults: ChartBench[] = [];

async function benchSize(size: number, exHash: string): Promise<SizeResult> {
  log(`\n== ${size} articles`);
  const generated = generateCorpus(SEED, size);
  const dir = await corpusFolder(SEED, generated);
  let t = performance.now();
  const corpus = await loadCorpus(dir);
  const loadMs = performance.now() - t;
  log(`loaded folder in ${loadMs.toFixed(0)} ms; extracting…`);
  const useCache = size >= 10000 && !args.includes('--no-cache');
  const { stats: extraction, parts } = await extractAll(corpus.articles, `${SEED}-${size}-${exHash}`, useCache);
  log(`extraction: ${extraction.articlesPerSec.toFixed(1)} articles/s${extraction.cached ? ' (cached)' : ''}`);
  const data = await buildIndexData(corpus.articles, corpus.warnings, null, async () => parts);
  t = performance.now();
  const index = openIndex(data);
  const buildMs = performance.now() - t;
  const snapFile = path.join(CACHE, `snapshot-${SEED}-${size}`);
  const snapshot = await snapshotRoundTrip(snapFile, data, index);
  const start = await startup(dir, snapFile);
  log(
    `build ${buildMs.toFixed(0)} ms, snapshot ${snapshot.writeMs.toFixed(0)}/${snapshot.readMs.toFixed(0)} ms, start-up ${start.ms.toFixed(0)} ms, ${start.rssMB.toFixed(0)} MB`,
  );
  const queries = makeQueries(SEED, generated, QUERIES_PER_COMMAND);
  const truth = truthIndex(generated, index);
  const search = compare(truth, queries, size);
  const endToEnd = compare(index, queries, size <= 1000 ? size : 0);
  const reindex = size >= 1000 ? await reindexInChild(SEED, size, dir, snapFile, path.join(CACHE, `scratch-${size}`)) : undefined;
  chartResults.push(...(await benchCharts(index, CHART_TOPIC, log)));
  const x = index.extraction;
  const counts = {
    quotes: x.quotes.length,
    facts: index.facts.count,
    speakers: x.entities.length,
    truthQuotes: truth.extraction.quotes.length,
    truthFacts: truth.facts.count,
  };
  return { size, counts, loadMs, extraction, buildMs, snapshot, startup: start, search, endToEnd, reindex };
}

/** The same articles indexed from the generator's own answers instead of the extractors'. */
function truthIndex(generated: GeneratedArticle[], extracted: CoverageIndex): CoverageIndex {
  const hashes = new Map(extracted.data.articles.map((a) => [a.id, a.hash]));
  const parts = truthParts(generated, hashes);
  return openIndex(indexData({ ...extracted.data, parts }), truthExtraction(generated, parts));
}

/** Fast path on every query; the plain scan on all of them, or a stratified subset when slow. */
function compare(index: CoverageIndex, queries: BenchQuery[], baselineSize: number): Partial<Record<Command, CommandResult>> {
  const fast = runQueries(index, queries);
  const out: Partial<Record<Command, CommandResult>> = {};
  for (const [command, run] of fast) out[command] = { fast: summarize(run) };
  if (baselineSize === 0) return out;
  const stride = baselineSize >= 10000 ? Math.ceil(QUERIES_PER_COMMAND / BASELINE_QUERIES_LARGE) : 1;
  // Queries come interleaved by command (4 per round), so whole rounds keep every shape represented.
  const subset = queries.filter((_, i) => Math.floor(i / 4) % stride === 0);
  log(`baseline: plain fuse.js over ${index.extraction.quotes.length} quotes, ${subset.length} queries…`);
  const e = index.extraction;
  const scan = { ...index, search: new ScanSearch(index.search.articles, e.quotes, index.facts.all(), e.entities) };
  const base = runQueries(scan, subset);
  const same = stride === 1 ? fast : runQueries(index, subset);
  for (const [command, run] of base) {
    const mine = same.get(command);
    const r = out[command];
    if (!mine || !r) continue;
    const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    Object.assign(r, { baseline: summarize(run), fastSame: summarize(mine), speedup: total(run.ms) / Math.max(total(mine.ms), 1e-6) });
  }
  return out;
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** --only: the chosen measurements for one size, reusing the cached snapshot where it still fits. */
async function benchOnly(size: number, exHash: string, only: ReadonlySet<string>): Promise<Record<string, unknown>> {
  log(`\n== ${size} articles (only ${[...only].join(', ')})`);
  const generated = generateCorpus(SEED, size);
  const dir = await corpusFolder(SEED, generated);
  const snapFile = path.join(CACHE, `snapshot-${SEED}-${size}`);
  const corpus = await loadCorpus(dir);
  let data = await readSnapshot(snapFile, corpus.articles).catch(() => null);
  if (data && data.derived?.code !== derivedFingerprint()) {
    log('snapshot has no current saved start-up work; re-saving it with that…');
    await saveWithStartupWork(snapFile, data);
  }
  if (data && (data.corpusHash !== corpusHash(corpus.articles) || data.extractor !== extractorFingerprint())) {
    log('snapshot does not match the corpus or the extraction code; re-extracting what changed…');
    data = await buildIndexData(corpus.articles, corpus.warnings, data, extractArticles);
    await saveWithStartupWork(snapFile, data);
  } else if (!data) {
    log('no snapshot; extracting…');
    const { parts } = await extractAll(corpus.articles, `${SEED}-${size}-${exHash}`, size >= 10000 && !args.includes('--no-cache'));
    data = await buildIndexData(corpus.articles, corpus.warnings, null, async () => parts);
    await saveWithStartupWork(snapFile, data);
  }
  const out: Record<string, unknown> = { size };
  if (only.has('startup')) out.startup = await startup(dir, snapFile);
  if (only.has('reindex')) out.reindex = size >= 1000 ? await reindexInChild(SEED, size, dir, snapFile, path.join(CACHE, `scratch-${size}`)) : undefined;
  if (only.has('queries')) {
    const results = compare(openIndex(data), makeQueries(SEED, generated, QUERIES_PER_COMMAND), 0);
    out.queries = Object.fromEntries(Object.entries(results).map(([c, r]) => [c, { p50: r.fast.p50, p95: r.fast.p95, p99: r.fast.p99, hit1: r.fast.hit1 }]));
  }
  if (only.has('charts')) {
    const rows = await benchCharts(openIndex(data), CHART_TOPIC, log);
    out.charts = rows;
    log(`\n${chartTable(rows)}`);
  }
  log(JSON.stringify(out, null, 1));
  return out;
}

/** As the bot saves it: with the start-up work of the index opened from `data` (openIndex drops stale work). */
async function saveWithStartupWork(file: string, data: IndexData): Promise<void> {
  const index = openIndex(data);
  await writeSnapshot(file, index.data, index);
}

/** npm run bench -- --only scale [--sizes N]: `npm run bench:scale -- --articles N`, its table on stdout. */
function scaleInChild(size: number): Promise<void> {
  const script = fileURLToPath(new URL('./scale.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  return new Promise((resolve, reject) => {
    // Its in-memory index of 100 k articles outgrows Node's default heap; the replicas it starts run with the default.
    const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16000`.trim() };
    const child = spawn(tsx, [script, '--articles', String(size)], { stdio: 'inherit', env });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/scale.ts --articles ${size} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  if (ONLY?.has('pathological')) {
    log('\n== pathological articles (seconds per MB, peak memory)');
    process.stdout.write(`${pathologicalTable(benchPathological(log))}\n`);
    if (ONLY.size === 1) return;
  }
  if (ONLY?.has('interactions')) {
    log('\n== HTTP interactions (signed requests per second, p99; 1 and 2 replicas)');
    process.stdout.write(`${interactionsTable(await benchInteractions(log))}\n`);
    if (ONLY.size === 1) return;
  }
  if (ONLY?.has('topics')) {
    log('\n== /quote topics: WordNet only vs WordNet and word vectors (ms, memory)');
    process.stdout.write(`${topicVectorsTable(benchTopicVectors(log))}\n`);
    if (ONLY.size === 1) return;
  }
  if (ONLY?.has('replica')) {
    log('\n== replica memory and latency over the shared store: scoped vs full');
    process.stdout.write(`${replicaMemoryTable(await benchReplicaMemory(replicaSizes(), log))}\n`);
    if (ONLY.size === 1) return;
  }
  if (ONLY?.has('scale')) {
    // Archive-sized rows (bench/scale.ts) in their own process per size: a throwaway PostgreSQL, replicas and workers.
    for (const size of args.includes('--sizes') ? SIZES : [100000]) await scaleInChild(size);
    if (ONLY.size === 1) return;
  }
  if (ONLY) {
    const exHash = await extractorHash();
    const all = [];
    for (const size of SIZES) all.push(await benchOnly(size, exHash, ONLY));
    process.stdout.write(`${JSON.stringify(all)}\n`);
    return;
  }
  const loadAtStart = loadavg()[0];
  await mkdir(CACHE, { recursive: true });
  const exHash = await extractorHash();
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await benchSize(size, exHash));
  log('\n== pathological articles (seconds per MB, peak memory)');
  const pathological = pathologicalTable(benchPathological(log));
  log('\n== HTTP interactions (signed requests per second, p99; 1 and 2 replicas)');
  const interactions = await benchInteractions(log);
  log('\n== replica memory and latency over the shared store: scoped vs full');
  const replicas = await benchReplicaMemory(replicaSizes(), log);
  log('\n== /quote topics: WordNet only vs WordNet and word vectors (ms, memory)');
  const topics = benchTopicVectors(log);
  const m = machine(`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`, loadAtStart);
  const charts = `### Charts: answer, image and the text table instead (median of 7, ms; bench/charts.ts)\n\n${chartTable(chartResults)}`;
  const table = `${markdown(m, results)}\n\n${charts}\n\n### Pathological articles (npx tsx bench/pathological.ts)\n\n${pathological}\n\n### HTTP interactions (npx tsx bench/interactions.ts)\n\n${interactionsTable(interactions)}\n\n### Replica memory over the shared store (npx tsx bench/replica-memory.ts)\n\n${replicaMemoryTable(replicas)}\n\n### /quote topics: WordNet only vs word vectors too (npx tsx bench/topic-vectors.ts)\n\n${topicVectorsTable(topics)}`;
  process.stdout.write(`\n${table}\n`);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(dir, { recursive: true });
  const json = JSON.stringify({ machine: m, seed: SEED, sizes: results, charts: chartResults, interactions, replicas, topics }, null, 2);
  await writeFile(path.join(dir, `${m.date.replace(/[:.]/g, '-')}-${m.commit}.json`), json);
  await writeFile(path.join(dir, 'latest.json'), json);
  await writeFile(path.join(dir, 'latest.md'), `${table}\n`);
  log(`\nwrote bench/results/latest.json and latest.md`);
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});

/** The replica bench's sizes: 1 k and 10 k (those of this run from 1 k up; 100 k is bench/scale.ts's). */
function replicaSizes(): number[] {
  const sizes = SIZES.filter((n) => n >= 1000 && n <= 10000);
  return sizes.length ? sizes : [1000];
}
