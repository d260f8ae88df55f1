import type { CoverageStore } from '../store/store.js';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/**
 * How a replica hears of new index versions: the store's announcement (LISTEN), with a poll as the
 * fallback for a dropped connection. Switches are serialised, so two announcements never race.
 */
export class VersionFollower {
  private switching: Promise<void> = Promise.resolve();
  private stopListening: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly switchToLatest: () => Promise<void>,
    private readonly log?: Log,
  ) {}

  /** Listens for completed versions and polls every pollMs (default 5 s) for a missed one. */
  async start(store: CoverageStore, pollMs = 5000): Promise<void> {
    this.stopListening = await store.onComplete(() => void this.refresh());
    this.timer = setInterval(() => void this.refresh(), pollMs);
    this.timer.unref();
  }

  /** Checks for a newer complete version and switches to it, after any switch under way. */
  refresh(): Promise<void> {
    this.switching = this.switching
      .then(() => this.switchToLatest())
      .catch((err: Error) => this.log?.('error', 'could not switch index version', { error: err.message }));
    return this.switching;
  }

  /** Stops listening and polling, and waits for a switch under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.stopListening?.();
    await this.switching;
  }
}
