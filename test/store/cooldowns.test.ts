import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { SharedCooldowns } from '../../src/discord/cooldowns.js';
import { PgCooldowns } from '../../src/store/cooldowns.js';
import { migrate } from '../../src/store/migrate.js';
import { usePostgres } from '../helpers/postgres.js';

const cluster = usePostgres();
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

/** One connection pool per replica, as each replica process has its own. */
function replicaPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pools.push(pool);
  return pool;
}

async function database(): Promise<string> {
  const url = await cluster.database();
  await migrate(replicaPool(url));
  return url;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const MEMBER = '248017394210537473';

describe('cooldowns shared through the database (two replicas, one database)', { timeout: 60_000 }, () => {
  it('the second replica refuses a member within the cooldown the first started, and accepts after it', async () => {
    const url = await database();
    const a = new PgCooldowns(replicaPool(url), 1);
    const b = new PgCooldowns(replicaPool(url), 1);
    expect(await a.take(MEMBER)).toBe(0);
    const left = await b.take(MEMBER);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1000);
    // Another member is not held up, and being refused does not extend the cooldown.
    expect(await b.take('248017394210537999')).toBe(0);
    await sleep(1100);
    expect(await b.take(MEMBER)).toBe(0);
    expect(await a.take(MEMBER)).toBeGreaterThan(0);
  });

  it('gives one go-ahead between replicas asked at the same moment', async () => {
    const url = await database();
    const replicas = [new PgCooldowns(replicaPool(url), 30), new PgCooldowns(replicaPool(url), 30)];
    const waits = await Promise.all(Array.from({ length: 16 }, (_, i) => replicas[i % 2]!.take(MEMBER)));
    expect(waits.filter((w) => w === 0)).toHaveLength(1);
    for (const w of waits.filter((x) => x > 0)) expect(w).toBeLessThanOrEqual(30_000);
  });

  it('with 0 seconds never refuses and writes nothing', async () => {
    const url = await database();
    const pool = replicaPool(url);
    const off = new PgCooldowns(pool, 0);
    expect([await off.take(MEMBER), await off.take(MEMBER)]).toEqual([0, 0]);
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM member_cooldowns');
    expect(rows[0]?.n).toBe('0');
  });

  it('deletes ended cooldowns now and then, off the answering path, and keeps running ones', async () => {
    const url = await database();
    const pool = replicaPool(url);
    const short = new PgCooldowns(pool, 0.2, 0);
    for (const member of ['1', '2', '3']) expect(await short.take(member)).toBe(0);
    await short.settled();
    await sleep(300);
    const long = new PgCooldowns(pool, 30, 0);
    expect(await long.take('4')).toBe(0);
    await long.settled();
    const { rows } = await pool.query<{ user_id: string }>('SELECT user_id FROM member_cooldowns ORDER BY user_id');
    expect(rows.map((r) => r.user_id)).toEqual(['4']);
  });
});

describe('when the database does not answer', { timeout: 60_000 }, () => {
  it("fails open to the replica's own cooldowns and logs one warning saying so", async () => {
    const url = await database();
    const pool = replicaPool(url);
    const warnings: { fields: Record<string, unknown>; message: string }[] = [];
    const gate = new SharedCooldowns(new PgCooldowns(pool, 30), 30, (fields, message) => warnings.push({ fields, message }));
    expect(await gate.take(MEMBER)).toBe(0);
    expect(await gate.take(MEMBER)).toBeGreaterThan(0);
    // The table is gone (a restore without it, a permissions change): every query fails.
    await pool.query('DROP TABLE member_cooldowns');
    expect(await gate.take('248017394210537999')).toBe(0);
    // Still one answer per member per cooldown on this replica, including the one the database started.
    expect(await gate.take('248017394210537999')).toBeGreaterThan(0);
    expect(await gate.take(MEMBER)).toBeGreaterThan(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/shared cooldowns unavailable; this replica's own cooldowns apply/);
    expect(String(warnings[0]?.fields.err)).toMatch(/member_cooldowns/);
  });

  it('decides alone, without waiting, when the database is too slow to answer', async () => {
    const url = await database();
    const pool = replicaPool(url);
    const warnings: string[] = [];
    const gate = new SharedCooldowns(new PgCooldowns(pool, 30), 30, (_, message) => warnings.push(message), 100);
    // Another session holds the member's row and does not commit: the upsert waits on its lock.
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query("INSERT INTO member_cooldowns (user_id, until) VALUES ($1, now() + interval '1 hour')", [MEMBER]);
      expect(await gate.take(MEMBER)).toBe(0);
      expect(warnings).toHaveLength(1);
      expect(await gate.take(MEMBER)).toBeGreaterThan(0);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
  });
});
