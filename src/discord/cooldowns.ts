/**
 * What the router asks before a query command: 0 when the member may go ahead (and their
 * cooldown starts), else the milliseconds left. Only successful checks start a cooldown; being
 * told to wait does not extend it. In-process (Cooldowns) by default; with DATABASE_URL shared by
 * every replica through the database (SharedCooldowns).
 */
export interface CooldownGate {
  take(userId: string): number | Promise<number>;
}

/** The database's cooldowns (src/store/cooldowns.ts PgCooldowns): rejects when the database does not answer. */
export interface DatabaseCooldowns {
  take(userId: string): Promise<number>;
}

/**
 * Per-user cooldown on query commands, kept in this process, so one member cannot flood a
 * channel with answers.
 *
 * Every cooldown lasts the same time, so cooldowns end in the order they start: a FIFO queue of
 * starts is also a queue of expiries, and clean-up only ever looks at its head. Each start is
 * queued once and dequeued once, so clean-up costs O(1) per use, amortised, however many users.
 */
export class Cooldowns implements CooldownGate {
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

/** The database's cooldowns behind the in-process fallback when there are any (DATABASE_URL), else the in-process ones. */
export function cooldownGate(seconds: number, warn: (fields: Record<string, unknown>, message: string) => void, shared?: DatabaseCooldowns): CooldownGate {
  return shared ? new SharedCooldowns(shared, seconds, warn) : new Cooldowns(seconds);
}

/** How long a cooldown check may wait for the database before this replica decides alone. */
export const SHARED_TAKE_TIMEOUT_MS = 1000;
const WARN_EVERY_MS = 60_000;

/**
 * Cooldowns every replica shares through the database, so a balancer spreading one member's
 * commands over several replicas still allows one per cooldown. When the database fails or is
 * slow, this fails open to the replica's own in-process cooldowns, with a warning (at most one a
 * minute, counting the others): a cooldown is a courtesy against floods, and refusing every
 * command because its bookkeeping is unreachable would turn a database hiccup into an outage of
 * answers a replica holding its index could still give. The in-process fallback keeps the
 * per-replica limit meanwhile, so a flood is bounded by the replica count, not unbounded.
 */
export class SharedCooldowns implements CooldownGate {
  private readonly local: Cooldowns;
  private failures = 0;
  private lastWarned = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly shared: DatabaseCooldowns,
    seconds: number,
    private readonly warn: (fields: Record<string, unknown>, message: string) => void,
    private readonly timeoutMs = SHARED_TAKE_TIMEOUT_MS,
  ) {
    this.local = new Cooldowns(seconds);
  }

  async take(userId: string): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from the database within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const wait = await Promise.race([this.shared.take(userId), late]);
      // Kept in step, so a later fallback does not hand out a second answer inside this cooldown.
      if (wait === 0) this.local.take(userId);
      return wait;
    } catch (err) {
      this.failed(err);
      return this.local.take(userId);
    } finally {
      clearTimeout(timer);
    }
  }

  private failed(err: unknown): void {
    this.failures++;
    const now = Date.now();
    if (now - this.lastWarned < WARN_EVERY_MS) return;
    this.lastWarned = now;
    this.warn(
      { err: (err as Error).message, failures: this.failures },
      "shared cooldowns unavailable; this replica's own cooldowns apply until the database answers again",
    );
    this.failures = 0;
  }
}
