import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { ArticleExtraction } from '../src/extract/index.js';
import type { Article } from '../src/model/article.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { extractorFingerprint } from '../src/index/fingerprint.js';
import { linkVersion } from '../src/queue/link.js';
import { PgStore } from '../src/store/postgres.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { articleText, CACHE, corpusFolder, extractorHash, generateCorpus } from './corpus.js';
import { people } from './generate.js';
import { extractAll } from './measure.js';
import { makeQueries } from './queries.js';
import type { ChildQuery, ChildResult } from './replica-child.js';

/**
 * npm run bench -- --only replica [--sizes 1000,10000]   (or: npx tsx bench/replica-memory.ts --sizes 1000)
 * A replica's resident memory after it opens a version of the shared store and after N questions,
 * scoped (REPLICA_INDEX=scoped: per question only the articles it needs, a bounded cache) beside
 * full (the whole version in memory), and each command's p50/p99 on both. Each replica is a fresh
 * process, so its memory is its own. The version is written straight into a throwaway PostgreSQL
 * from the bench's extraction (the same records the workers would write), then linked as a worker links it.
 */
const SEED = 20240501;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PER_COMMAND = 40;
/** /speakers and /timeline topics, and speaker autocomplete prefixes: few, as each may count over many batches. */
const PER_COUNTING = 5;

/** One replica process's figures (without its answer digests), at one size, with its agreement. */
export interface ReplicaMemoryRow extends Omit<ChildResult, 'digests'> {
  articles: number;
  mode: 'scoped' | 'full';
  /** Questions answered exactly as the full replica answered them (the full replica: all). */
  equal: number;
  /** Per command, the questions answered otherwise than by the full replica (none: empty). */
  unequal: Record<string, number>;
}

export async function benchReplicaMemory(sizes: number[], log: (msg: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<ReplicaMemoryRow[]> {
  const rows: ReplicaMemoryRow[] = [];
  const exHash = await extractorHash();
  for (const size of sizes) {
    const generated = generateCorpus(SEED, size);
    const dir = await corpusFolder(SEED, generated);
    const corpus = await loadCorpus(dir);
    log(`replica memory, ${size} articles: extraction (a cached one at 10 k and more)…`);
    const parts =
      (await anyCachedExtraction(size, corpus.articles, log)) ?? (await extractAll(corpus.articles, `${SEED}-${size}-${exHash}`, size >= 10000)).parts;
    const cluster = await startPostgres();
    try {
      const url = await cluster.database();
      const t = performance.now();
      await storeVersion(url, corpus.articles, parts);
      log(`version written and linked in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      const cast = people(SEED);
      const made = makeQueries(SEED, generated, PER_COMMAND);
      // Counting questions (past the cap, counted batch by batch): the first /quote topics as /speakers and /timeline topics.
      const topics = made.filter((q) => q.command === 'quote').slice(0, PER_COUNTING);
      const queries: ChildQuery[] = [
        ...made.map((q): ChildQuery => ({ command: q.command, text: q.text })),
        ...cast.slice(0, PER_COMMAND).map((p): ChildQuery => ({ command: 'speaker', text: p.name })),
        { command: 'sources', text: '' },
        { command: 'help', text: '' },
        ...topics.map((q): ChildQuery => ({ command: 'speakers', text: q.text })),
        ...topics.map((q): ChildQuery => ({ command: 'timeline', text: q.text })),
        { command: 'speaker-autocomplete', text: '' },
        ...cast.slice(0, PER_COUNTING).map((p): ChildQuery => ({ command: 'speaker-autocomplete', text: p.name.slice(0, 4) })),
      ];
      const file = path.join(CACHE, `replica-queries-${size}.json`);
      await writeFile(file, JSON.stringify(queries));
      const answers = (mode: string) => path.join(CACHE, `replica-answers-${size}-${mode}.json`);
      const scoped = await child(url, dir, 'scoped', file, answers('scoped'));
      const full = await child(url, dir, 'full', file, answers('full'));
      await keepDifferences(queries, answers('scoped'), answers('full'), path.join(CACHE, `replica-differences-${size}.json`), log);
      const equal = scoped.digests.filter((d, i) => d === full.digests[i]).length;
      const unequal: Record<string, number> = {};
      scoped.digests.forEach((d, i) => {
        const command = queries[i]?.command ?? '?';
        if (d !== full.digests[i]) unequal[command] = (unequal[command] ?? 0) + 1;
      });
      for (const [mode, { digests: _, ...r }] of [
        ['scoped', scoped],
        ['full', full],
      ] as const) {
        rows.push({ articles: corpus.articles.length, mode, ...r, equal: mode === 'full' ? r.queries : equal, unequal: mode === 'full' ? {} : unequal });
        if (mode === 'scoped') log(`scoped answers equal to full: ${equal} of ${r.queries}; otherwise by command: ${JSON.stringify(unequal)}`);
        log(`${mode}: open ${r.openMs.toFixed(0)} ms, rss ${r.rssStartMB} → ${r.rssAfterMB} MB after ${r.queries} questions`);
      }
    } finally {
      await cluster.stop();
    }
  }
  return rows;
}

/**
 * This bench measures replicas, not extraction: at 10 k and more it takes the records of the
 * newest cached extraction of this corpus even when the extraction code has changed since (the
 * records' shape is the same; which quotations were found may differ a little). Null when none fits.
 */
async function anyCachedExtraction(size: number, articles: readonly Article[], log: (msg: string) => void): Promise<ArticleExtraction[] | null> {
  if (size < 10000) return null;
  const files = (await readdir(CACHE)).filter((f) => f.startsWith(`extract-${SEED}-${size}-`) && f.endsWith('.json'));
  const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(path.join(CACHE, f))).mtimeMs })));
  const newest = dated.sort((a, b) => b.at - a.at)[0];
  if (!newest) return null;
  const { parts } = JSON.parse(await readFile(path.join(CACHE, newest.f), 'utf8')) as { parts: ArticleExtraction[] };
  const hashes = new Map(articles.map((a) => [a.id, a.hash]));
  if (parts.length !== articles.length || parts.some((p) => hashes.get(p.articleId) !== p.hash)) return null;
  log(`records from the cached extraction ${newest.f}`);
  return parts;
}

/** One version holding every article, written as extraction workers write it, then linked. */
async function storeVersion(
  url: string,
  articles: Parameters<PgStore['beginVersion']>[0],
  parts: Awaited<ReturnType<typeof extractAll>>['parts'],
): Promise<void> {
  const store = await PgStore.open(url);
  try {
    const extractor = extractorFingerprint();
    const { version } = await store.beginVersion(articles, [], extractor);
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const part of parts) {
      await store.saveExtraction(part, extractor, 'bench', articleText(texts, part.articleId));
      await store.settleArticle(version, part.articleId);
    }
    await linkVersion(store, version);
    const done = await store.version(version);
    if (done?.state !== 'complete') throw new Error(`the bench's version did not complete: ${done?.error ?? done?.state}`);
  } finally {
    await store.close();
  }
}

/** The questions scoped and full answered differently, with both answers, into `out` (to read why they differ). */
async function keepDifferences(queries: readonly ChildQuery[], scopedFile: string, fullFile: string, out: string, log: (msg: string) => void): Promise<void> {
  const scoped = JSON.parse(await readFile(scopedFile, 'utf8')) as unknown[];
  const full = JSON.parse(await readFile(fullFile, 'utf8')) as unknown[];
  const differing = queries.flatMap((query, i) => (JSON.stringify(scoped[i]) === JSON.stringify(full[i]) ? [] : [{ query, scoped: scoped[i], full: full[i] }]));
  await writeFile(out, JSON.stringify(differing, null, 1));
  log(`${differing.length} differing answers, both sides, in ${out}`);
}

function child(url: string, dir: string, mode: 'scoped' | 'full', queries: string, answers: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', 'bench/replica-child.ts', url, dir, mode, queries, answers], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    p.once('error', reject);
    p.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`replica child (${mode}) exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChildResult);
    });
  });
}

export function replicaMemoryTable(rows: readonly ReplicaMemoryRow[]): string {
  const commands = [...new Set(rows.flatMap((r) => Object.keys(r.latency)))];
  const lines = [
    `| articles | replica | open | RSS after open | RSS after questions | questions | answers equal to full | differing, by command | ${commands.map((c) => `${c} p50 / p99`).join(' | ')} |`,
    `|---:|---|---:|---:|---:|---:|---:|---|${commands.map(() => '---:|').join('')}`,
  ];
  for (const r of rows) {
    const lat = commands.map((c) => (r.latency[c] ? `${r.latency[c].p50.toFixed(1)} / ${r.latency[c].p99.toFixed(1)} ms` : '–'));
    const how = r.mode === 'scoped' ? `scoped (cache ${r.cacheArticles} articles)` : 'full';
    lines.push(
      `| ${r.articles} | ${how} | ${(r.openMs / 1000).toFixed(1)} s | ${r.rssStartMB} MB | ${r.rssAfterMB} MB | ${r.queries} | ${r.equal} | ${differing(r.unequal)} | ${lat.join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function differing(unequal: Record<string, number>): string {
  const parts = Object.entries(unequal).map(([command, n]) => `${command} ${n}`);
  return parts.length ? parts.join(', ') : '–';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = args.includes('--sizes') ? (args[args.indexOf('--sizes') + 1] ?? '').split(',').map(Number) : [1000, 10000];
  benchReplicaMemory(sizes).then(
    (rows) => console.log(`\n${replicaMemoryTable(rows)}`),
    (err: Error) => {
      console.error(err);
      process.exit(1);
    },
  );
}
