import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESTJSONErrorCodes, type APIInteraction } from 'discord-api-types/v10';
import { MESSAGES } from '../../src/discord/render.js';
import { APP_ID, snowflake, type RecordedRequest } from '../e2e/fake-discord.js';
import { startHarness, type Harness } from '../e2e/harness.js';
import { autocomplete, slash, str, user } from '../e2e/payloads.js';
import { byToken, outcomeOf } from './outcomes.js';

/**
 * Faults in the middle of a burst: the gateway closed (4000) or killed while interactions are in
 * flight and more keep coming, and Discord's REST answering callbacks with 429, 500/502/503 or
 * 10062. Every interaction that can be answered is answered exactly once; nothing is retried
 * forever.
 */

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

/** The n-th interaction of a burst: /sources, /whosaid or autocomplete, from one of 50 users. */
function nth(n: number, age = 0): APIInteraction {
  const who = user(200 + (n % 50));
  const i =
    n % 3 === 0
      ? slash('sources', [], who)
      : n % 3 === 1
        ? slash('whosaid', [str('text', 'rebuild the harbour before winter')], who)
        : autocomplete('whosaid', [str('text', 'harbour', true)], who);
  return age ? { ...i, id: snowflake(Date.now() - age) } : i;
}

const callbackPath = (i: APIInteraction) => new RegExp(`^/interactions/${i.id}/`);

/** Resolves when every interaction has its final response (callback, or the edit after a defer). */
function allAnswered(h: Harness, interactions: APIInteraction[], timeoutMs = 20_000): Promise<void> {
  const pending = new Set(interactions.map((i) => i.token));
  const settle = (r: RecordedRequest) => {
    if (r.injected || r.status >= 300) return;
    const cb = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
    if (cb && r.body?.type !== 5) pending.delete(cb[1]);
    const hook = new RegExp(`^/webhooks/${APP_ID}/([^/]+)(/messages/@original)?$`).exec(r.path);
    if (hook && ((r.method === 'PATCH' && hook[2]) || (r.method === 'POST' && !hook[2]))) pending.delete(hook[1]);
  };
  h.fake.requests.forEach(settle);
  return new Promise((resolve, reject) => {
    const done = () => {
      if (pending.size) return;
      h.fake.off('request', listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (r: RecordedRequest) => {
      settle(r);
      done();
    };
    const timer = setTimeout(() => {
      h.fake.off('request', listener);
      reject(new Error(`${pending.size} interactions unanswered after ${timeoutMs} ms`));
    }, timeoutMs);
    h.fake.on('request', listener);
    done();
  });
}

/** Exactly one well-formed response each (the shared judge of the burst test). */
function expectAnsweredOnce(h: Harness, interactions: APIInteraction[]): void {
  const requests = byToken(h.fake.requests);
  const problems = interactions.flatMap((i) => outcomeOf(i, requests.get(i.token) ?? []).problems.map((p) => `${i.id}: ${p}`));
  expect(problems).toEqual([]);
}

describe('gateway drop mid-burst', () => {
  it('close 4000: the bot resumes, gets the interactions sent while it was away replayed, and answers every one once', async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'info' } });
    const before = Array.from({ length: 100 }, (_, n) => nth(n));
    const away = Array.from({ length: 50 }, (_, n) => nth(100 + n));
    const afterwards = Array.from({ length: 50 }, (_, n) => nth(150 + n));
    const resumed = h.fake.waitForGateway('resume', 15_000);
    for (const i of before.slice(0, 50)) h.fake.sendInteraction(i);
    // Mid-burst: half of the first 100 are out; the socket closes with the rest on their way.
    h.fake.closeGateway(4000);
    for (const i of [...before.slice(50), ...away]) h.fake.sendInteraction(i);
    await resumed;
    for (const i of afterwards) h.fake.sendInteraction(i);
    const all = [...before, ...away, ...afterwards];
    await allAnswered(h, all);
    expectAnsweredOnce(h, all);
    expect(h.fake.gateway).toMatchObject({ identifies: 1, resumes: 1, connections: 2 });
    expect(h.fake.gateway.closes).toMatchObject([{ code: 4000, byFake: true }]);
    console.log(`[faults] close 4000 mid-burst: ${all.length} dispatched, ${all.length} answered once, 1 resume, 0 re-identify`);
  });

  it('hard socket kill with replies in flight: they land, the bot resumes, and what was sent meanwhile and afterwards is answered once', async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'info' } });
    const first = Array.from({ length: 60 }, (_, n) => nth(n));
    // Twenty replies are held at Discord's side when the socket dies: REST does not depend on it.
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const inFlight = first.slice(0, 20);
    for (const i of inFlight) h.fake.hold({ path: callbackPath(i) }, until);
    const held = Promise.all(inFlight.map((i) => h!.fake.waitForHeld((r) => callbackPath(i).test(r.path), 10_000)));
    for (const i of first) h.fake.sendInteraction(i);
    await held;
    const back = h.fake.waitForGateway('resume', 20_000);
    h.fake.killGateway();
    const during = Array.from({ length: 30 }, (_, n) => nth(60 + n));
    for (const i of during) h.fake.sendInteraction(i);
    release();
    await back;
    const after = Array.from({ length: 50 }, (_, n) => nth(90 + n));
    for (const i of after) h.fake.sendInteraction(i);
    const all = [...first, ...during, ...after];
    await allAnswered(h, all);
    expectAnsweredOnce(h, all);
    expect(h.fake.gateway).toMatchObject({ identifies: 1, resumes: 1, connections: 2 });
    expect(h.fake.gateway.closes).toMatchObject([{ code: 1006, byFake: true }]);
    console.log(
      `[faults] socket kill mid-burst: ${all.length} dispatched (${inFlight.length} replies in flight at the kill), ${all.length} answered once, 1 resume`,
    );
  });
});

describe('REST faults on callbacks mid-burst', () => {
  it('429 waited out, 500/502/503 retried (up to discord.js’s 3 retries), 10062 logged once and dropped; every other interaction answered once', async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'info' } });
    const burst = Array.from({ length: 120 }, (_, n) => nth(n));
    const limited: APIInteraction[] = [];
    const failedOnce = new Map<APIInteraction, number>();
    const failedThrice: APIInteraction[] = [];
    const expired: APIInteraction[] = [];
    burst.forEach((i, n) => {
      const at = callbackPath(i);
      if (n % 10 === 1) {
        limited.push(i);
        h!.fake.inject(
          { method: 'POST', path: at },
          {
            status: 429,
            body: { message: 'You are being rate limited.', retry_after: 0.1, global: false },
            headers: { 'retry-after': '0.1', 'x-ratelimit-scope': 'user' },
          },
        );
      } else if (n % 10 === 3 || n % 10 === 5 || n % 10 === 7) {
        const status = n % 10 === 3 ? 500 : n % 10 === 5 ? 502 : 503;
        failedOnce.set(i, status);
        h!.fake.inject({ method: 'POST', path: at }, { status, body: { message: 'upstream trouble', code: 0 } });
      } else if (n % 20 === 9) {
        failedThrice.push(i);
        for (const status of [500, 502, 503]) h!.fake.inject({ method: 'POST', path: at }, { status, body: { message: 'upstream trouble', code: 0 } });
      } else if (n === 40 || n === 80) {
        expired.push(i);
        h!.fake.inject({ method: 'POST', path: at }, { status: 404, body: { message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction } }, 5);
      }
    });
    // A late /whosaid is deferred; the edit that follows meets a 503 once.
    const late = { ...slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(290)), id: snowflake(Date.now() - 2000) };
    h.fake.inject(
      { method: 'PATCH', path: new RegExp(`^/webhooks/${APP_ID}/${late.token}/messages/@original$`) },
      { status: 503, body: { message: 'upstream trouble', code: 0 } },
    );
    // Four 500s in a row: more than discord.js retries; the bot gives up on that reply and apologises.
    const hopeless = slash('sources', [], user(291));
    h.fake.inject({ method: 'POST', path: callbackPath(hopeless) }, { status: 500, body: { message: 'down', code: 0 } }, 4);

    const answerable = [...burst.filter((i) => !expired.includes(i)), late];
    for (const i of [...burst, late, hopeless]) h.fake.sendInteraction(i);
    await allAnswered(h, [...answerable, hopeless]);
    await vi.waitFor(() => expect(h!.logs.entries.filter((e) => e.code === 10062)).toHaveLength(2));
    expectAnsweredOnce(h, answerable);

    const tries = (i: APIInteraction) => h!.fake.requests.filter((r) => callbackPath(i).test(r.path));
    // 429: one wait of at least retry_after, then the reply.
    for (const i of limited) {
      const t = tries(i);
      expect(t.map((r) => r.status)).toEqual([429, 204]);
      expect(t[1].at - t[0].at).toBeGreaterThanOrEqual(100);
    }
    // 5xx: retried, and the reply lands exactly once.
    for (const [i, status] of failedOnce) expect(tries(i).map((r) => r.status)).toEqual([status, 204]);
    for (const i of failedThrice) expect(tries(i).map((r) => r.status)).toEqual([500, 502, 503, 204]);
    const lateEdits = h.fake.requests.filter((r) => r.path === `/webhooks/${APP_ID}/${late.token}/messages/@original`);
    expect(lateEdits.map((r) => [r.method, r.status])).toEqual([
      ['PATCH', 503],
      ['PATCH', 200],
    ]);
    // 10062: one attempt, no retry, no apology, one warning naming the interaction.
    for (const i of expired) {
      expect(h.fake.requests.filter((r) => r.path.includes(i.token))).toHaveLength(1);
      expect(h.logs.entries.filter((e) => e.interaction === i.id && e.code === 10062)).toHaveLength(1);
    }
    // Past the retries: 4 attempts, then one apology that lands; logged once, not retried forever.
    const lost = tries(hopeless);
    expect(lost.map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
    expect(lost[4].body.data.content).toBe(MESSAGES.error);
    expect(h.logs.find('interaction failed').filter((e) => e.interaction === hopeless.id)).toHaveLength(1);

    const injected = h.fake.requests.filter((r) => r.injected).length;
    console.log(
      `[faults] REST mid-burst: ${burst.length + 2} dispatched, ${answerable.length} answered once, ${expired.length} expired (10062, logged once each), ` +
        `1 apology after 4×500; injected ${injected} failures (${limited.length}×429, ${failedOnce.size}×5xx once, ${failedThrice.length}×5xx thrice, 1×503 on an edit, 4×500 hopeless, ${expired.length}×10062)`,
    );
  });
});
