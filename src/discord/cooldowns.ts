/**
 * Per-user cooldown on query commands, so one member cannot flood a channel with answers.
 * Only successful checks start a cooldown; being told to wait does not extend it.
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the user may go ahead (and the cooldown starts), else milliseconds left. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const until = this.until.get(userId) ?? 0;
    if (until > now) return until - now;
    this.until.set(userId, now + this.seconds * 1000);
    if (this.until.size > 10_000) this.sweep(now);
    return 0;
  }

  get size(): number {
    return this.until.size;
  }

  /** Forgets expired entries, so a busy server does not grow the map forever. */
  private sweep(now: number): void {
    for (const [user, until] of this.until) if (until <= now) this.until.delete(user);
  }
}
