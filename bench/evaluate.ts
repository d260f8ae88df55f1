import { performance } from 'node:perf_hooks';
import type { CoverageIndex } from '../src/index/build.js';
import { whosaid, quote } from '../src/answer/quotes.js';
import { ask } from '../src/answer/ask.js';
import { key, type BenchQuery, type Command } from './queries.js';

/** What the user would see first: the top result's words and speaker. */
interface Top {
  found: boolean;
  text: string;
  speaker: string | null;
}

export interface Run {
  command: Command;
  ms: number[];
  hits: boolean[];
}

/** The service's answer paths, minus Discord: the same calls the commands make. */
export function answer(index: CoverageIndex, q: BenchQuery): Top {
  if (q.command === 'autocomplete') {
    const hit = index.search.findQuotes({ text: q.text, mode: 'phrase', limit: 25 })[0];
    return { found: hit !== undefined, text: hit?.record.text ?? '', speaker: hit?.record.speaker ?? null };
  }
  const a = q.command === 'whosaid' ? whosaid(index, q.text) : q.command === 'quote' ? quote(index, q.text, q.speaker) : ask(index, q.text);
  const top = a.results[0];
  const text = q.command === 'ask' ? `${top?.text ?? ''} ${top?.passage.text ?? ''}` : (top?.text ?? '');
  return { found: a.found && top !== undefined, text, speaker: top?.speaker ?? null };
}

export function isHit(q: BenchQuery, top: Top): boolean {
  if (!q.expect) return !top.found;
  if (!top.found) return false;
  const words = ` ${key(top.text)} `;
  const contains = q.expect.contains.every((c) => words.includes(q.command === 'autocomplete' ? ` ${c}` : ` ${c} `));
  return contains && (q.expect.speaker === undefined || top.speaker === q.expect.speaker);
}

/** Runs every query once (after one untimed warm-up pass over a few) and records time and hit. */
export function runQueries(index: CoverageIndex, queries: BenchQuery[]): Map<Command, Run> {
  for (const q of queries.slice(0, 8)) answer(index, q);
  const runs = new Map<Command, Run>();
  for (const q of queries) {
    const t = performance.now();
    const top = answer(index, q);
    const ms = performance.now() - t;
    const run = runs.get(q.command) ?? { command: q.command, ms: [], hits: [] };
    run.ms.push(ms);
    run.hits.push(isHit(q, top));
    runs.set(q.command, run);
  }
  return runs;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** Share of queries whose first result is a right answer (or, for nonsense, nothing found). */
  hit1: number;
}

export function summarize(run: Pick<Run, 'ms' | 'hits'>): Latency {
  const hits = run.hits.filter(Boolean).length;
  return {
    n: run.ms.length,
    p50: percentile(run.ms, 50),
    p95: percentile(run.ms, 95),
    p99: percentile(run.ms, 99),
    hit1: run.hits.length ? hits / run.hits.length : 0,
  };
}
