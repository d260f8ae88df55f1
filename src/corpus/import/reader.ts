import { Worker } from 'node:worker_threads';
import type { Draft, FeedRequest, ReadRequest, ReadTask } from './document.js';
import type { ReadMessage, ReadReply } from './read-worker.js';
import { type FeedItem, ImportRefused } from './types.js';

/** A document that takes longer than this to read is refused (and its worker stopped). */
export const READ_TIMEOUT_MS = 30_000;
/** The worker's heap: a page built to exhaust memory kills the worker, not the bot. */
const WORKER_HEAP_MB = 512;

type Result = Draft | FeedItem[];

interface Job {
  id: number;
  task: ReadTask;
  done: (result: Result | ImportRefused) => void;
}

/**
 * Reads documents and feeds on a worker thread, one at a time: parsing a 5 MB page, PDF or feed must not stall
 * the thread that answers interactions, and a document that hangs the parser or exhausts its
 * memory costs that worker only. The worker starts on first use, is restarted after a failure,
 * and does not keep the process alive while idle.
 */
export class DocumentReader {
  private worker: Worker | null = null;
  private current: (Job & { timer: NodeJS.Timeout }) | null = null;
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(private readonly timeoutMs = READ_TIMEOUT_MS) {}

  read(request: ReadRequest): Promise<Draft> {
    return this.run({ op: 'document', request }) as Promise<Draft>;
  }

  listFeed(request: FeedRequest): Promise<FeedItem[]> {
    return this.run({ op: 'feed', request }) as Promise<FeedItem[]>;
  }

  private run(task: ReadTask): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, done: (r) => (r instanceof ImportRefused ? reject(r) : resolve(r)) });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = this.queue.shift() as Job;
    const worker = this.worker ?? this.spawn();
    const timer = setTimeout(() => this.fail(`the document took longer than ${this.timeoutMs / 1000} s to read`), this.timeoutMs);
    this.current = { ...job, timer };
    worker.ref();
    // The bytes are copied, not transferred: the caller may still hold them (an attachment's buffer).
    worker.postMessage({ id: job.id, task: job.task } satisfies ReadMessage);
  }

  private spawn(): Worker {
    // The runtime's shim registers tsx's loader in the worker, as the extraction pool's workers do.
    const worker = new Worker(new URL('../../runtime/worker-shim.mjs', import.meta.url), {
      workerData: { entry: new URL('./read-worker.ts', import.meta.url).href },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.on('message', (reply: ReadReply) => {
      const job = this.current;
      if (!job || job.id !== reply.id) return;
      this.finish(
        reply.ok
          ? reply.result
          : new ImportRefused(reply.code ? reply.reason : `The document could not be read (${reply.reason}).`, reply.code ?? 'unreadable'),
      );
    });
    worker.on('error', (err) => this.lost(worker, err.message));
    worker.on('exit', (code) => this.lost(worker, `exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish(result: Result | ImportRefused): void {
    const job = this.current;
    if (!job) return;
    clearTimeout(job.timer);
    this.current = null;
    this.worker?.unref();
    job.done(result);
    this.pump();
  }

  /** Stops a job that hangs: its worker is ended and a fresh one takes the next job. */
  private fail(why: string): void {
    const worker = this.worker;
    this.worker = null;
    this.finish(new ImportRefused(`The document could not be read: ${why}.`, 'unreadable'));
    void worker?.terminate();
  }

  private lost(worker: Worker, why: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    if (this.current) this.finish(new ImportRefused(`The document could not be read: the reader stopped (${why}).`, 'unreadable'));
  }
}
