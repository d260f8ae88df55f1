import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load.js';
import { FolderSource } from '../src/corpus/source.js';
import type { ArticleExtraction } from '../src/extract/index.js';
import { extractorFingerprint } from '../src/index/fingerprint.js';
import type { Article } from '../src/model/article.js';
import { linkVersion } from '../src/queue/link.js';
import { openQueue } from '../src/queue/queue.js';
import { StoreReplica } from '../src/replica/replica.js';
import { ScopedReplica } from '../src/replica/scoped.js';
import type { CoverageService } from '../src/service/coverage.js';
import { PgStore } from '../src/store/postgres.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { articleText, CACHE, corpusFolder, extractorHash, generateCorpus } from './corpus.js';
import { extractAll } from './measure.js';
import { percentile } from './evaluate.js';
import { people } from './generate.js';
import { makeQueries } from './queries.js';
import { log } from './log.js';

/**
 * npx tsx bench/replica-batches.ts [--articles 10000] [--per 8] [--cap 1500] [--url postgres://…] [--commands quote,ask] [--order scoped,unbounded,full]
 *
 * How long a scoped replica takes for questions reaching more than REPLICA_CANDIDATES articles
 * (answered in batches, src/replica/batched.ts), with the bound on unread articles (first-cut.ts)
 * and without it (REPLICA_BOUND=off), beside a full replica over the same version in the same run;
 * how many batches and articles each scoped question read; whether each scoped answer equals the
 * full one. The replicas run in this process one after the other with their default settings
 * (scoped: 2 answering threads, cache 2000, cap 1500 unless --cap); one question at a time.
 * Without --url the version is written into a throwaway PostgreSQL from the newest cached
 * extraction of the generated corpus (bench/.cache/extract-…json, as bench/replica-memory.ts
 * uses; extracted and cached here when there is none); with --url it answers from a database
 * already holding it (the same database for a before/after of two checkouts).
 */
const SEED = 20240501;
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const SIZE = Number(opt('--articles', '10000'));
const PER = Number(opt('--per', '8'));
const ONLY = args.includes('--commands') ? new Set(opt('--commands', '').split(',')) : null;
const CAP = args.includes('--cap') ? Number(opt('--cap', '1500')) : undefined;
/** The replicas in the order they run (--order unbounded,scoped,full): the first runs on a cold database cache. */
const ORDER = opt('--order', 'scoped,unbounded,full').split(',') as Mode[];
if (ORDER.length !== 3 || !(['scoped', 'unbounded', 'full'] as const).every((m) => ORDER.includes(m)))
  throw new Error('--order names scoped, unbounded and full, each once');

type Mode = 'scoped' | 'unbounded' | 'full';

interface Question {
  command: 'autocomplete' | 'whosaid' | 'quote' | 'ask' | 'speaker';
  text: string;
}

async function main(): Promise<void> {
  const generated = generateCorpus(SEED, SIZE);
  const dir = await corpusFolder(SEED, generated);
  const every: Question[] = [
    ...makeQueries(SEED, generated, PER).map((q): Question => ({ command: q.command, text: q.text })),
    ...people(SEED)
      .slice(0, PER)
      .map((p): Question => ({ command: 'speaker', text: p.name })),
  ];
  const questions = every.filter((q) => !ONLY || ONLY.has(q.command));
  const given = opt('--url', '');
  const cluster = given ? null : await startPostgres();
  try {
    const url = given || (await storeVersion(await cluster!.database(), dir));
    const loadAtStart = loadavg()[0] ?? 0;
    const runs = new Map<Mode, Timed>();
    for (const mode of ORDER) runs.set(mode, await timed(url, dir, mode, questions));
    const [scoped, unbounded, full] = (['scoped', 'unbounded', 'full'] as const).map((m) => runs.get(m) as Timed);
    const equalTo = (r: Timed) => {
      const equal: Record<string, number> = {};
      questions.forEach((q, i) => {
        if (r.digests[i] === full.digests[i]) equal[q.command] = (equal[q.command] ?? 0) + 1;
      });
      return equal;
    };
    const result = {
      articles: SIZE,
      order: ORDER,
      perCommand: PER,
      cap: CAP ?? 'default',
      loadAtStart,
      loadAtEnd: loadavg()[0] ?? 0,
      scoped: scoped.latency,
      unbounded: unbounded.latency,
      full: full.latency,
      equal: { scoped: equalTo(scoped), unbounded: equalTo(unbounded) },
    };
    console.log(JSON.stringify(result));
    const commands = Object.keys(scoped.latency);
    console.log(`\n| replica | ${commands.map((c) => `${c} p50 / p99 ms (batches, articles read)`).join(' | ')} |`);
    console.log(`|---|${commands.map(() => '---:|').join('')}`);
    for (const [name, r] of [
      ['scoped, bound', scoped],
      ['scoped, no bound', unbounded],
      ['full', full],
    ] as const)
      console.log(
        `| ${name} | ${commands
          .map((c) => {
            const l = r.latency[c];
            const reads = name === 'full' ? '' : ` (${l?.batches}, ${l?.read})`;
            return `${l?.p50.toFixed(0)} / ${l?.p99.toFixed(0)}${reads}`;
          })
          .join(' | ')} |`,
      );
    console.log(
      `\nequal to full, per command: bound ${JSON.stringify(result.equal.scoped)}, no bound ${JSON.stringify(result.equal.unbounded)} (of ${PER} each); load ${loadAtStart.toFixed(1)} → ${result.loadAtEnd.toFixed(1)}`,
    );
  } finally {
    await cluster?.stop();
  }
}

interface Timed {
  latency: Record<string, { n: number; p50: number; p99: number; batches: number; read: number }>;
  digests: string[];
}

/**
 * Each question once on one replica (after two untimed warm-ups), with a digest of each answer and
 * the batches and articles it read (the replica's 'answered in batches' log lines).
 */
async function timed(url: string, dir: string, mode: Mode, questions: Question[]): Promise<Timed> {
  const store = await PgStore.open(url);
  const boss = await openQueue(url);
  // Per question: a question asking more words than its first round read answers again (batched.ts MAX_ROUNDS).
  const reads = { batches: 0, read: 0, rounds: 0, candidates: 0 };
  const note = (_level: string, msg: string, fields?: Record<string, unknown>) => {
    if (msg !== 'answered in batches') return;
    reads.batches += Number(fields?.batches ?? 0);
    reads.read += Number(fields?.read ?? 0);
    reads.rounds++;
    reads.candidates = Math.max(reads.candidates, Number(fields?.candidates ?? 0));
  };
  const options = { store, boss, source: new FolderSource(dir), pollMs: 3_600_000, candidates: CAP, log: note };
  // Read by the answering threads when they start: set before the replica opens them.
  if (mode === 'unbounded') process.env.REPLICA_BOUND = 'off';
  else delete process.env.REPLICA_BOUND;
  const t = performance.now();
  const replica = mode === 'full' ? await StoreReplica.open(options) : await ScopedReplica.open(options);
  log(`${mode} replica open in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  try {
    for (const q of questions.slice(0, 2)) await ask(replica.service, q);
    const times: Record<string, number[]> = {};
    const counted: Record<string, { batches: number; read: number }> = {};
    const digests: string[] = [];
    for (const q of questions) {
      reads.batches = 0;
      reads.read = 0;
      reads.rounds = 0;
      reads.candidates = 0;
      const started = performance.now();
      const answer = await ask(replica.service, q);
      const ms = performance.now() - started;
      (times[q.command] ??= []).push(ms);
      const c = (counted[q.command] ??= { batches: 0, read: 0 });
      c.batches += reads.batches;
      c.read += reads.read;
      digests.push(createHash('sha1').update(JSON.stringify(answer)).digest('hex'));
      log(
        `${mode} ${q.command} ${ms.toFixed(0)} ms, ${reads.batches} batches, ${reads.read} articles read (${reads.rounds} rounds, ${reads.candidates} candidates)  ${q.text.slice(0, 50)}`,
      );
    }
    const latency = Object.fromEntries(
      Object.entries(times).map(([c, ms]) => [
        c,
        { n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), ...(counted[c] ?? { batches: 0, read: 0 }) },
      ]),
    );
    return { latency, digests };
  } finally {
    await replica.close();
    await boss.stop({ graceful: false, wait: true });
    await store.close();
    delete process.env.REPLICA_BOUND;
  }
}

function ask(service: CoverageService, q: Question): Promise<unknown> {
  return q.command === 'autocomplete' ? service.suggestAsync('quotes', q.text) : service.answerAsync(q.command, [q.text]);
}

/** The corpus's version written as workers write it, from the newest cached extraction of it. */
async function storeVersion(url: string, dir: string): Promise<string> {
  const corpus = await loadCorpus(dir);
  const parts = await cachedExtraction(corpus.articles);
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const store = await PgStore.open(url, { max: 6 });
  try {
    const extractor = extractorFingerprint();
    const { version } = await store.beginVersion(corpus.articles, [], extractor);
    let next = 0;
    const writer = async () => {
      for (let part = parts[next++]; part; part = parts[next++]) {
        await store.saveExtraction(part, extractor, 'bench', articleText(texts, part.articleId));
        await store.settleArticle(version, part.articleId);
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await linkVersion(store, version);
    log(`version ${version} written and linked`);
  } finally {
    await store.close();
  }
  return url;
}

async function cachedExtraction(articles: readonly Article[]): Promise<ArticleExtraction[]> {
  const files = (await readdir(CACHE).catch(() => [] as string[])).filter((f) => f.startsWith(`extract-${SEED}-${SIZE}-`) && f.endsWith('.json'));
  const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(path.join(CACHE, f))).mtimeMs })));
  const newest = dated.sort((a, b) => b.at - a.at)[0];
  if (!newest) {
    log(`no cached extraction of ${SIZE} articles: extracting them (cached for the next run)`);
    return (await extractAll([...articles], `${SEED}-${SIZE}-${await extractorHash()}`, true)).parts;
  }
  const { parts } = JSON.parse(await readFile(path.join(CACHE, newest.f), 'utf8')) as { parts: ArticleExtraction[] };
  const hashes = new Map(articles.map((a) => [a.id, a.hash]));
  if (parts.length !== articles.length || parts.some((p) => hashes.get(p.articleId) !== p.hash)) throw new Error(`${newest.f} is not this corpus's extraction`);
  log(`records from ${newest.f}`);
  return parts;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
