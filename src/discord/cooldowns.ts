/**
 * Per-user cooldown on query commands, so one member cannot flood a channel with answers.
 * Only successful checks start a cooldown; being told to wait does not extend it.
 *
 * Every cooldown lasts the same time, so cooldowns end in the order they start: a FIFO queue of
 * starts is also a queue of expiries, and clean-up only ever looks at its head. Each start is
 * queued once and dequeued once, so clean-up costs O(1) per use, amortised, however many users.
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();
  private readonly queue: Array<{ user: string; until: number }> = [];
  private head = 0;
  private visits = 0;

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and the cooldown starts), else milliseconds left. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    this.expire(now);
    const until = this.until.get(userId) ?? 0;
    if (until > now) return until - now;
    const next = now + this.seconds * 1000;
    this.until.set(userId, next);
    this.queue.push({ user: userId, until: next });
    return 0;
  }

  get size(): number {
    return this.until.size;
  }

  /** Queue entries clean-up has looked at so far: the measure of its cost. */
  get cleanupVisits(): number {
    return this.visits;
  }

  /** Forgets cooldowns that have ended, so a busy server does not grow the map forever. */
  private expire(now: number): void {
    while (this.head < this.queue.length && this.queue[this.head].until <= now) {
      const { user, until } = this.queue[this.head++];
      this.visits++;
      // A later cooldown of the same user has its own entry further back.
      if (this.until.get(user) === until) this.until.delete(user);
    }
    // Drop the consumed prefix once it is most of the array, so compaction is amortised O(1) too.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
