import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import type { Latency } from './evaluate.js';
import type { ExtractionStats, SnapshotStats, StartupStats } from './measure.js';
import { ARRIVAL_MS, type ReindexStats } from './reindex.js';
import type { Command } from './queries.js';

export interface CommandResult {
  fast: Latency;
  /** The plain fuse.js scan, on `fastSame` queries (a stratified subset at large sizes). */
  baseline?: Latency;
  fastSame?: Latency;
  /** Total baseline time over total fast time, same queries. */
  speedup?: number;
}

export interface SizeResult {
  size: number;
  counts: { quotes: number; facts: number; speakers: number; truthQuotes: number; truthFacts: number };
  loadMs: number;
  extraction: ExtractionStats;
  buildMs: number;
  snapshot: SnapshotStats;
  startup: StartupStats;
  /** Search over the generator's own records: the search layer alone. */
  search: Partial<Record<Command, CommandResult>>;
  /** Search over what the current extractors found: end to end. */
  endToEnd: Partial<Record<Command, CommandResult>>;
  reindex?: ReindexStats;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  commit: string;
  date: string;
  command: string;
  /** 1-minute load average at the start and end: other processes on the machine skew every figure. */
  load: number[];
}

export function machine(command: string, loadAtStart: number): Machine {
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit,
    date: new Date().toISOString(),
    command,
    load: [loadAtStart, loadavg()[0]],
  };
}

const f = (n: number | undefined, d = 1): string => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(d));
const pct = (n: number | undefined): string => (n === undefined ? '–' : `${(n * 100).toFixed(1)} %`);

/** The benchmark as Markdown tables: what the README shows and the console prints. */
export function markdown(m: Machine, sizes: SizeResult[]): string {
  const out: string[] = [];
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, Node ${m.node}; commit ${m.commit}, ${m.date.slice(0, 16).replace('T', ' ')} UTC; load average ${m.load.map((l) => l.toFixed(1)).join(' → ')} (other processes share the cores).`,
  );
  out.push(`Command: \`${m.command}\``, '');
  out.push(
    '| articles | corpus MB | extraction | load folder | index build | snapshot write / read (size) | start-up from snapshot: answering, all facts parsed (answering from process start) | resident memory |',
  );
  out.push('|---|---|---|---|---|---|---|---|');
  for (const s of sizes) {
    const x = s.extraction;
    const ex = `${f(x.articlesPerSec)} art/s, ${f(x.mbPerSec, 2)} MB/s, ${f(x.coresBusy)} cores busy${x.cached ? ` (cached, measured ${x.measuredAt.slice(0, 10)})` : ''}`;
    out.push(
      `| ${s.size} | ${f(x.mb)} | ${ex} | ${f(s.loadMs, 0)} ms | ${f(s.buildMs, 0)} ms | ${f(s.snapshot.writeMs, 0)} / ${f(s.snapshot.readMs, 0)} ms (${f(s.snapshot.mb)} MB) | ${f(s.startup.ms, 0)} ms, ${f(s.startup.settledMs, 0)} ms (${s.startup.processMs ? f(s.startup.processMs, 0) : '–'} ms) | ${f(s.startup.rssMB, 0)} MB |`,
    );
  }
  out.push('', ...commandTable("Search over the generator's known records (search layer alone): fast path vs plain fuse.js scan", sizes, 'search'));
  out.push('', ...commandTable('End to end, over what the current extractors found', sizes, 'endToEnd'));
  const big = sizes[sizes.length - 1];
  if (big?.startup.phases) {
    const ph = Object.entries(big.startup.phases)
      .map(([k, v]) => `${k.replace(/Ms$/, '')} ${f(v, 0)} ms`)
      .join(', ');
    out.push('', `Start-up at ${big.size} articles, step by step: ${ph}.`);
    if (big.startup.firstAskMs !== undefined)
      out.push('', `An /ask put the moment start-up ends (before any fact is parsed) is answered ${f(big.startup.firstAskMs, 0)} ms after the start.`);
    if (big.startup.settledFirstAskMs !== undefined && big.startup.settledSecondAskMs !== undefined)
      out.push(
        '',
        `Once the background work is done, the first /ask takes ${f(big.startup.settledFirstAskMs, 1)} ms and a second ${f(big.startup.settledSecondAskMs, 1)} ms (its word caches were built in the background).`,
      );
  }
  const r = sizes.filter((s) => s.reindex).pop();
  if (r?.reindex) out.push('', ...reindexTable(r.size, r.reindex));
  return out.join('\n');
}

function commandTable(title: string, sizes: SizeResult[], which: 'search' | 'endToEnd'): string[] {
  const out = [
    `**${title}** (latency in ms; hit@1 against the generator's answers)`,
    '',
    '| articles | command | records | p50 | p95 | p99 | baseline p50 / p99 (queries) | speed-up | hit@1 fast | hit@1 baseline (fast on same) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of sizes) {
    for (const [command, r] of Object.entries(s[which]) as Array<[Command, CommandResult]>) {
      const records =
        command === 'ask' ? (which === 'search' ? s.counts.truthFacts : s.counts.facts) : which === 'search' ? s.counts.truthQuotes : s.counts.quotes;
      const base = r.baseline ? `${f(r.baseline.p50)} / ${f(r.baseline.p99)} (${r.baseline.n})` : '–';
      const hitBase = r.baseline ? `${pct(r.baseline.hit1)} (${pct(r.fastSame?.hit1)})` : '–';
      out.push(
        `| ${s.size} | ${command} | ${records} | ${f(r.fast.p50, 2)} | ${f(r.fast.p95, 2)} | ${f(r.fast.p99, 2)} | ${base} | ${r.speedup ? `${f(r.speedup, 0)}×` : '–'} | ${pct(r.fast.hit1)} | ${hitBase} |`,
      );
    }
  }
  return out;
}

function reindexTable(size: number, r: ReindexStats): string[] {
  const u = r.underLoad;
  return [
    `**Incremental reindex at ${size} articles** (through CoverageService; live = new index answering, total = snapshot saved too)`,
    '',
    '| change | live after | total | queries answered meanwhile | latency p50 / p99 / max | cores busy |',
    '|---|---|---|---|---|---|',
    `| add 1 article | ${f(r.addOne.liveMs, 0)} ms | ${f(r.addOne.totalMs, 0)} ms | – | – | – |`,
    `| remove 1 article | ${f(r.removeOne.liveMs, 0)} ms | ${f(r.removeOne.totalMs, 0)} ms | – | – | – |`,
    `| none (same query stream, for comparison) | – | – | ${r.idle.queries} (one every ${ARRIVAL_MS} ms) | ${f(r.idle.p50)} / ${f(r.idle.p99)} / ${f(r.idle.max)} ms | ${f(r.idle.coresBusy)} |`,
    `| change ${u.changed} articles (re-extracted on worker threads) | ${f(u.liveMs, 0)} ms | ${f(u.totalMs, 0)} ms | ${u.queries} (one every ${ARRIVAL_MS} ms) | ${f(u.p50)} / ${f(u.p99)} / ${f(u.max)} ms | ${f(u.coresBusy)} |`,
  ];
}
