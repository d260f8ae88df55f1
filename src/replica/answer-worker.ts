import pg from 'pg';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { QueryName } from '../answer/commands.js';
import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { Choice, SuggestKind } from '../service/coverage.js';
import type { ScopedArticle } from '../store/scoped.js';
import { LruCache } from './cache.js';
import { ScopedAnswers } from './scoped-answers.js';
import type { VersionHead } from './scoped-index.js';

/** What the replica's thread asks a worker: one question, a record's context, or autocomplete. */
export type ScopedTask = { head: VersionHead } & (
  | { kind: 'answer'; name: QueryName; args: string[] }
  | { kind: 'context'; recordId: string }
  | { kind: 'suggest'; suggest: SuggestKind; prefix: string; limit: number }
  | { kind: 'warm' }
);

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

/** A worker's reply: plain data only (it crosses threads by structured clone). */
export interface ScopedReply {
  value: Answer | AnswerResult | null | Choice[];
  /** The articles the value cites, so the replica's thread can title "Also in" lists without a read. */
  refs: SourceRef[];
  logs: LogLine[];
  /** Articles the last index was built over, and this worker's cache (for the tests and the bench). */
  scope: number;
  /** Batches the question was answered over (0: at once). */
  batches: number;
  cache: { size: number; misses: number };
  /** The worker's thread id: whose cache figures these are. */
  thread: number;
}

export const IDLE_CONNECTION_LOST = 'coverage-bot:idle-connection-lost';

/** Posted to the replica's thread, outside any question, when an idle database connection errs. */
export interface IdleConnectionLost {
  kind: typeof IDLE_CONNECTION_LOST;
  error: string;
  thread: number;
}

/** Set by the replica that starts the pool. */
export interface AnswerWorkerData {
  entry: string;
  databaseUrl: string;
  cacheArticles: number;
  candidates: number;
  batches: boolean;
}

const settings = workerData as AnswerWorkerData;
// One connection pool and one article cache per worker: each worker answers one question at a
// time, so a few connections cover loadArticles' parallel reads.
const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: 4, application_name: 'coverage-bot-answers' });
// An idle connection the server ends (a restart, a terminated backend, a network cut) errs here,
// between questions: the pool has already dropped it and the next question connects anew. It is
// told to the replica's thread, which logs it (ThreadedAnswers), and the worker keeps serving.
pool.on('error', (err) => {
  const lost: IdleConnectionLost = { kind: IDLE_CONNECTION_LOST, error: err.message, thread: threadId };
  parentPort?.postMessage(lost);
});
const cache = new LruCache<ScopedArticle>(settings.cacheArticles);
let head: VersionHead | null = null;
let logs: LogLine[] = [];
const answers = new ScopedAnswers(
  pool,
  () => {
    if (!head) throw new Error('no index version given');
    return head;
  },
  { cache, candidateCap: settings.candidates, batches: settings.batches, log: (level, msg, fields) => logs.push({ level, msg, fields }) },
);

/** The pool's handler: answers one task over the version it names. */
export default async function run(task: ScopedTask): Promise<ScopedReply> {
  head = task.head;
  logs = [];
  if (head.version !== lastVersion) cache.keepOnly(`${head.version}:`);
  lastVersion = head.version;
  const value = await answer(task);
  return {
    value,
    refs: refsOf(value),
    logs,
    scope: answers.lastScope,
    batches: answers.lastBatches,
    cache: { size: cache.size, misses: cache.misses },
    thread: threadId,
  };
}

let lastVersion = -1;

function answer(task: ScopedTask): Promise<ScopedReply['value']> {
  // Loading this module (the answer code) is the slow part of a worker's start; the question waits for nothing else.
  if (task.kind === 'warm') return pool.query('SELECT 1').then(() => null);
  if (task.kind === 'answer') return answers.answer(task.name, task.args);
  if (task.kind === 'context') return answers.context(task.recordId);
  return answers.suggest(task.suggest, task.prefix, task.limit);
}

function refsOf(value: ScopedReply['value']): SourceRef[] {
  if (!value || Array.isArray(value)) return [];
  const results = 'results' in value ? value.results : [value];
  const ids = new Set(results.flatMap((r) => [r.source.id, ...r.alsoIn]));
  return [...ids].flatMap((id) => answers.articleRef(id) ?? []);
}
