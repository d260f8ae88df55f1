import type pg from 'pg';

/** How often, at most, one replica deletes the cooldowns that have ended. */
export const SWEEP_EVERY_MS = 60_000;

/**
 * Per-member cooldowns in the shared database (table member_cooldowns, migration 006), so every
 * replica behind a balancer sees the same ones. One statement per check: the upsert starts a
 * cooldown only where none is running, atomically, so two replicas asked at the same moment give
 * one answer between them. Time is the database's clock, never the replicas' own.
 * Errors reject: what to do without the database is the caller's policy (src/discord/cooldowns.ts).
 */
export class PgCooldowns {
  private lastSweep = Date.now();
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly seconds: number,
    private readonly sweepEveryMs = SWEEP_EVERY_MS,
  ) {}

  /** 0 when the member may go ahead (and their cooldown starts), else milliseconds left. */
  async take(userId: string): Promise<number> {
    if (this.seconds <= 0) return 0;
    const { rows } = await this.pool.query<{ taken: boolean; left_ms: number | null }>(
      `WITH taken AS (
         INSERT INTO member_cooldowns AS c (user_id, until) VALUES ($1, now() + make_interval(secs => $2))
         ON CONFLICT (user_id) DO UPDATE SET until = excluded.until WHERE c.until <= now()
         RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM taken) AS taken,
         (SELECT ceil(extract(epoch FROM c.until - now()) * 1000)::float8 FROM member_cooldowns c WHERE c.user_id = $1) AS left_ms`,
      [userId, this.seconds],
    );
    this.sweepNowAndThen();
    const row = rows[0];
    if (row?.taken) return 0;
    // Refused, but the running cooldown was started by a statement this one's snapshot cannot see (the same instant): all of it is left.
    const left = row?.left_ms ?? 0;
    // now() is when this statement's transaction began: when it began before the winner's, until - now()
    // overshoots the cooldown by those milliseconds (30007 ms of a 30 s cooldown seen in CI).
    return left > 0 ? Math.min(left, this.seconds * 1000) : this.seconds * 1000;
  }

  /** Deletes the cooldowns that have ended (an index on `until` finds them); returns how many. */
  async sweep(): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM member_cooldowns WHERE until <= now()');
    return rowCount ?? 0;
  }

  /** Resolves once a sweep started by take() has finished (tests, and a clean stop). */
  async settled(): Promise<void> {
    await this.sweeping;
  }

  /** A sweep off the answering path at most every `sweepEveryMs`: ended rows never pile up, and a quiet bot sends nothing. */
  private sweepNowAndThen(): void {
    if (this.sweeping || Date.now() - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = Date.now();
    this.sweeping = this.sweep()
      .then(() => undefined)
      // An upsert overwrites an ended row anyway: a failed sweep only postpones the tidying.
      .catch(() => undefined)
      .finally(() => {
        this.sweeping = null;
      });
  }
}
