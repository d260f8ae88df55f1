import { readFeed } from '../corpus/import/index.js';
import type { FeedItem } from '../corpus/import/types.js';
import { CorpusLibrary } from '../corpus/library.js';
import type { CoverageService } from './coverage.js';
import type { AddReport } from './library.js';

/** What the poller needs: reading a feed, knowing what is already in, adding a page. */
export interface FeedPollerOptions {
  feeds: readonly string[];
  /** Between two polls of a feed that worked. */
  intervalMs: number;
  read(url: string): Promise<FeedItem[]>;
  /** True when an article from this link is already in the corpus. */
  known(url: string): Promise<boolean>;
  add(url: string): Promise<AddReport>;
  /** Several new items with one reindex for all (one report each, in order); without it, `add` one at a time. */
  addMany?(urls: string[]): Promise<AddReport[]>;
  log(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
  /** First retry after a failed poll; each further failure doubles it, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** What one poll of one feed did, for the log and for tests. */
export interface FeedPoll {
  feed: string;
  ok: boolean;
  added: string[];
  refused: Array<{ url: string; reason: string }>;
  error?: string;
  /** Milliseconds until this feed is polled again. */
  nextInMs: number;
}

/**
 * Polls the configured feeds and adds each new item's page to the corpus. Every feed runs on its
 * own timer: a feed that fails is retried with exponential back-off and logged each time, and
 * never stops the others or the bot. A poll's new items are added together with one reindex
 * (addMany), and polls run one at a time, so a busy feed never starts two reindexes at once.
 */
export class FeedPoller {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly failures = new Map<string, number>();
  /** Items refused once (no article on the page, too large…) are not fetched again on every poll. */
  private readonly refused = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: FeedPollerOptions) {}

  /** Polls every feed now, then on its schedule. */
  start(onPoll?: (poll: FeedPoll) => void): void {
    for (const feed of this.options.feeds) this.schedule(feed, 0, onPoll);
  }

  /** Stops the timers and waits for a poll in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.chain.catch(() => undefined);
  }

  /** One poll of one feed: its new items added, or the failure and when it will be retried. */
  poll(feed: string): Promise<FeedPoll> {
    // One poll at a time across feeds: each add reindexes, and two feeds must not race to add the same story.
    const run = this.chain.then(() => this.pollNow(feed));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private schedule(feed: string, delayMs: number, onPoll?: (poll: FeedPoll) => void): void {
    if (this.stopped) return;
    const timer = setTimeout(async () => {
      const result = await this.poll(feed);
      onPoll?.(result);
      this.schedule(feed, result.nextInMs, onPoll);
    }, delayMs);
    timer.unref();
    this.timers.set(feed, timer);
  }

  private async pollNow(feed: string): Promise<FeedPoll> {
    const { log } = this.options;
    let items: FeedItem[];
    try {
      items = await this.options.read(feed);
    } catch (err) {
      const failures = (this.failures.get(feed) ?? 0) + 1;
      this.failures.set(feed, failures);
      const nextInMs = this.backoff(failures);
      const error = err instanceof Error ? err.message : String(err);
      log('warn', 'feed could not be read; retrying later', { feed, error, failures, retryInS: Math.round(nextInMs / 1000) });
      return { feed, ok: false, added: [], refused: [], error, nextInMs };
    }
    this.failures.delete(feed);
    const result: FeedPoll = { feed, ok: true, added: [], refused: [], nextInMs: this.options.intervalMs };
    const fresh: string[] = [];
    for (const item of items) {
      if (this.refused.has(item.url) || fresh.includes(item.url) || (await this.options.known(item.url))) continue;
      fresh.push(item.url);
    }
    for (const [url, report] of await this.addAll(fresh)) {
      if (report.ok) {
        result.added.push(report.added.id);
        log('info', 'feed item added', { feed, url, id: report.added.id, quotes: report.added.quotes, facts: report.added.facts });
      } else {
        this.refused.add(url);
        result.refused.push({ url, reason: report.refused });
        log('warn', 'feed item not added', { feed, url, reason: report.refused });
      }
    }
    log('info', 'feed polled', { feed, items: items.length, added: result.added.length, refused: result.refused.length });
    return result;
  }

  /** A poll's new items: with addMany, one reindex for all of them; else one add (and reindex) each. */
  private async addAll(urls: string[]): Promise<Array<[string, AddReport]>> {
    const failed = (err: unknown): AddReport => ({ ok: false, refused: String(err), code: 'error', warnings: [] });
    if (urls.length === 0 || this.stopped) return [];
    const { addMany } = this.options;
    if (addMany) {
      const reports = await addMany(urls).catch((err: unknown) => urls.map(() => failed(err)));
      return urls.map((url, i) => [url, reports[i] ?? failed('no report')]);
    }
    const out: Array<[string, AddReport]> = [];
    for (const url of urls) {
      if (this.stopped) break;
      out.push([url, await this.options.add(url).catch(failed)]);
    }
    return out;
  }

  private backoff(failures: number): number {
    const base = this.options.backoffMs ?? 60_000;
    const max = this.options.maxBackoffMs ?? Math.max(base, this.options.intervalMs * 4);
    return Math.min(max, base * 2 ** (failures - 1));
  }
}

export interface FeedSettings {
  feeds: readonly string[];
  feedIntervalMinutes: number;
  seedsDir: string;
}

/** Starts polling FEEDS into the corpus folder when any are configured (src/main.ts, both modes). */
export function startFeeds(settings: FeedSettings, service: CoverageService, log: FeedPollerOptions['log']): FeedPoller | null {
  if (settings.feeds.length === 0) return null;
  const library = new CorpusLibrary(settings.seedsDir);
  const poller = new FeedPoller({
    feeds: settings.feeds,
    intervalMs: settings.feedIntervalMinutes * 60_000,
    read: (url) => readFeed(url, service.importPolicy),
    known: async (url) => (await library.findUrl(url)) !== undefined,
    add: (url) => service.add({ kind: 'url', url }),
    addMany: (urls) => service.addMany(urls.map((url) => ({ kind: 'url', url }))),
    log,
  });
  log('info', 'polling feeds', { feeds: settings.feeds, everyMinutes: settings.feedIntervalMinutes });
  poller.start();
  return poller;
}
