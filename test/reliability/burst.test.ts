import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, type APIInteraction, type APIMessage } from 'discord-api-types/v10';
import type { Article } from '../../src/model/article.js';
import { CoverageService } from '../../src/service/coverage.js';
import { MESSAGES, notice, renderAnswer, renderContext, renderHelp } from '../../src/discord/render.js';
import { parseCustomId } from '../../src/discord/components.js';
import { renderOptions, toChoices } from '../../src/discord/reply.js';
import type { BotContext } from '../../src/discord/types.js';
import { simpleExtract } from '../e2e/corpus.js';
import { APP_ID, type RecordedRequest } from '../e2e/fake-discord.js';
import { asMessage, buttonIds, interact, replyTo, startHarness, type Harness } from '../e2e/harness.js';
import { autocomplete, click, MODERATOR, slash, str, user, type Actor } from '../e2e/payloads.js';
import { byToken, callbackProblems, expectedChoices, expectedMessage, messageProblems, outcomeOf, percentile } from './outcomes.js';
import { mb, settledHeap } from './memory.js';
import { rng } from '../../bench/random.js';

/**
 * 1,100 interactions from 50 users while a /reindex that changes the corpus is held mid-build,
 * released, and finished. Every interaction must get exactly one well-formed response, equal to
 * what the old or the new complete index answers (old while the build is held, new once it has
 * been reported); cooldowns must hold; the heap must come back to its baseline.
 */

const USERS = 50;
const SLOTS = { before: 10, during: 6, after: 6 } as const;
const COOLDOWN_SECONDS = '3600';
/** Allowed heap growth after the burst, once collected (≈ 1.9 KB per interaction; a round adds 50 new users to discord.js caches): the bot keeps no per-interaction state. */
const HEAP_TOLERANCE = 2 * 1024 * 1024;

/** The reindex changes who said one line, and adds an article, so old and new answers differ. */
const CHANGES: Record<string, string> = {
  'school-roof.txt': `School roof fixed after storm
Date: 2024-02-02

Builders replaced the roof of the primary school, damaged in the January storm.

"The children will be back in class on Tuesday," deputy head Omar Diallo said.
`,
  'pool.txt': `Town pool reopens
Date: 2024-06-15

The outdoor pool reopens after a winter of repairs to its tiles.

"The pool opens on Monday with longer evening hours," Councillor Jo Park said.
`,
};

type Query = { name: 'whosaid' | 'quote' | 'ask' | 'sources'; options: Array<[string, string]> };
const QUERIES: Query[] = [
  { name: 'whosaid', options: [['text', 'children will be back in class']] },
  { name: 'whosaid', options: [['text', 'rebuild the harbour before winter']] },
  { name: 'quote', options: [['topic', 'pool']] },
  {
    name: 'quote',
    options: [
      ['topic', 'harbour'],
      ['speaker', 'Tomas Berg'],
    ],
  },
  { name: 'ask', options: [['question', 'When does the pool open?']] },
  { name: 'sources', options: [] },
];
type Suggest = { command: 'whosaid' | 'quote'; option: 'text' | 'speaker'; value: string };
const SUGGESTIONS: Suggest[] = [
  { command: 'whosaid', option: 'text', value: 'back in class' },
  { command: 'whosaid', option: 'text', value: 'pool opens' },
  { command: 'whosaid', option: 'text', value: 'harbour' },
  { command: 'quote', option: 'speaker', value: 'O' },
  { command: 'quote', option: 'speaker', value: 'Ma' },
];

type Kind = 'query' | 'suggest' | 'help' | 'context';
type Phase = 'before' | 'during' | 'after';
interface Planned {
  phase: Phase;
  user: number;
  kind: Kind;
  /** For a query: whether it is this user's first (the only one the cooldown lets through). */
  first: boolean;
  query?: Query;
  suggest?: Suggest;
}

/**
 * Each user's 22 slots. Users 0–24 ask their first question while the build is held, 25–37 as it
 * is released, 38–49 after it is reported; everything else is a mix of more questions (which the
 * cooldown must refuse), autocomplete, /help and "Show context" clicks (which have no cooldown).
 */
function plan(seed: number): Planned[][] {
  const random = rng(seed).next;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const phases: Phase[] = [...Array(SLOTS.before).fill('before'), ...Array(SLOTS.during).fill('during'), ...Array(SLOTS.after).fill('after')];
  return Array.from({ length: USERS }, (_, u) => {
    const firstAt = u < 25 ? 0 : u < 38 ? SLOTS.before : SLOTS.before + SLOTS.during;
    return phases.map((phase, slot): Planned => {
      const r = random();
      let kind: Kind = r < 0.35 ? 'query' : r < 0.75 ? 'suggest' : r < 0.9 ? 'help' : 'context';
      if (slot === firstAt) kind = 'query';
      else if (slot < firstAt && kind === 'query') kind = 'suggest';
      const base = { phase, user: u, kind, first: slot === firstAt };
      if (kind === 'query') return { ...base, query: pick(QUERIES) };
      if (kind === 'suggest') return { ...base, suggest: pick(SUGGESTIONS) };
      return base;
    });
  });
}

let h: Harness;
/** While set, extraction signals that a build has reached it, then waits to be let through. */
let hold: { entered: () => void; opened: Promise<void> } | null = null;
const gatedExtract = async (articles: Article[]) => {
  if (hold) {
    const held = hold;
    held.entered();
    await held.opened;
  }
  return simpleExtract(articles);
};

beforeAll(async () => {
  h = await startHarness({ env: { COOLDOWN_SECONDS, LOG_LEVEL: 'warn' }, extract: gatedExtract });
});
afterAll(async () => {
  await h?.stop();
});

describe('validator', () => {
  it('rejects bodies Discord would reject or that could ping', () => {
    const good = { type: 4, data: { content: 'hi', embeds: [], allowed_mentions: { parse: [] } } };
    expect(callbackProblems(good)).toEqual([]);
    expect(callbackProblems({ type: 1 })).not.toEqual([]);
    expect(callbackProblems({ ...good, data: { ...good.data, content: 'x'.repeat(2001) } })).not.toEqual([]);
    expect(callbackProblems({ ...good, data: { ...good.data, allowed_mentions: { parse: ['everyone'] } } })).not.toEqual([]);
    expect(callbackProblems({ ...good, data: { content: 'hi' } })).not.toEqual([]);
    expect(messageProblems({ embeds: [{ title: 't', description: 'd'.repeat(4097) }], allowed_mentions: { parse: [] } })).not.toEqual([]);
    expect(messageProblems({ embeds: Array(11).fill({ title: 't' }), allowed_mentions: { parse: [] } })).not.toEqual([]);
    const big = { name: 'n', value: 'v'.repeat(1000) };
    expect(messageProblems({ embeds: [{ title: 't', fields: Array(7).fill(big) }], allowed_mentions: { parse: [] } })).not.toEqual([]);
    expect(callbackProblems({ type: 8, data: { choices: Array(26).fill({ name: 'a', value: 'a' }) } })).not.toEqual([]);
  });
});

describe('a burst of 1,100 interactions from 50 users during a /reindex', () => {
  it('answers each exactly once, well-formed, from the old or the new complete index; cooldowns hold; the heap returns to baseline', async () => {
    // Round 1 warms everything a burst touches (JIT code on every path, discord.js caches, the
    // HTTP connection pool); round 2, the same load by 50 other users, is the one measured.
    const first = await burstDuringReindex({ changes: CHANGES, userBase: 1000, seed: 7 });
    console.log(`[burst warm-up round] ${JSON.stringify(first.figures)}`);
    first.release();
    const baseline = await quiesce();
    const second = await burstDuringReindex({ changes: CHANGES_AGAIN, userBase: 0, seed: 20240501 });
    const figures = second.figures;
    second.release();
    const afterHeap = await quiesce();
    console.log(
      `[burst] ${JSON.stringify({ ...figures, heap: { baseline: mb(baseline), after: mb(afterHeap), delta: mb(afterHeap - baseline), tolerance: mb(HEAP_TOLERANCE) } })}`,
    );
    expect(afterHeap - baseline).toBeLessThan(HEAP_TOLERANCE);
  }, 120_000);
});

/**
 * What the fake Discord remembers is dropped and its idle keep-alive connections closed (as any
 * server does after its keep-alive timeout, Discord's included); then the heap, collected.
 */
async function quiesce(): Promise<number> {
  h.fake.forget();
  await h.fake.closeIdleConnections();
  return settledHeap();
}

/** The second reindex changes the same lines again, so its old and new answers differ too. */
const CHANGES_AGAIN: Record<string, string> = {
  'school-roof.txt': CHANGES['school-roof.txt'].replace('deputy head Omar Diallo', 'headteacher Marta Lind'),
  'pool.txt': CHANGES['pool.txt'].replace('with longer evening hours', 'with free entry for children'),
};

/**
 * Holds a /reindex (which will find `changes` on disk) inside extraction, sends 500 interactions,
 * releases it while 300 more go out, and sends 300 after it has been reported. Asserts every
 * response; returns the figures.
 */
async function burstDuringReindex({ changes, userBase, seed }: { changes: Record<string, string>; userBase: number; seed: number }) {
  // Expected answers from two complete indexes: the corpus as it is, and as the reindex will find it.
  const before = await CoverageService.open({ seedsDir: h.corpusDir, indexPath: null, extract: simpleExtract });
  expect(before.index.data.corpusHash).toBe(h.service.index.data.corpusHash);
  for (const [name, text] of Object.entries(changes)) await writeFile(path.join(h.corpusDir, name), text);
  const after = await CoverageService.open({ seedsDir: h.corpusDir, indexPath: null, extract: simpleExtract });

  // One answer (by someone outside the 50) whose "Show context" button the users will click.
  const host: Actor = user(userBase + 900);
  const answered = await interact(h.fake, slash('whosaid', [str('text', 'rebuild the harbour before winter')], host));
  const contextButton = buttonIds(answered).find((id) => parseCustomId(id)?.kind === 'context')!;
  expect(contextButton).toBeDefined();
  const hostMessage: APIMessage = asMessage(answered);

  const expected = expectations(before, after, contextButton);
  // The reindex really changes the discriminating answers.
  expect(expected.query(QUERIES[0]).old).not.toBe(expected.query(QUERIES[0]).new);
  expect(expected.suggest(SUGGESTIONS[1]).old).not.toBe(expected.suggest(SUGGESTIONS[1]).new);
  expect(expected.context.old).not.toBe(expected.context.new);

  const tracker = track(h);
  const script = plan(seed);
  const sent: Array<{ planned: Planned; interaction: APIInteraction }> = [];
  const phaseStats = {} as Record<Phase, { count: number; ms: number }>;
  const runPhase = async (phase: Phase, from: number, to: number, whileRunning?: () => void) => {
    const started = performance.now();
    const mine: APIInteraction[] = [];
    for (let slot = from; slot < to; slot++) {
      for (let u = 0; u < USERS; u++) {
        const planned = script[u][slot];
        const interaction = build(planned, userBase, hostMessage, host, contextButton);
        sent.push({ planned, interaction });
        mine.push(interaction);
        tracker.dispatch(interaction);
      }
      if (slot === from) whileRunning?.();
      // One wave (an interaction from each user) per tick.
      await tick();
    }
    await Promise.all(mine.map((i) => tracker.done(i)));
    phaseStats[phase] = { count: mine.length, ms: performance.now() - started };
  };

  // Start the reindex and hold it inside extraction (after it has loaded the changed folder).
  let entered!: () => void;
  let release!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  hold = { entered, opened: new Promise<void>((resolve) => (release = resolve)) };
  const reindex = slash('reindex', [], MODERATOR);
  h.fake.sendInteraction(reindex);
  await inside;

  await runPhase('before', 0, SLOTS.before);
  expect(h.service.reindexing).toBe(true);
  // Release the build just after the first wave of this phase has gone out.
  await runPhase('during', SLOTS.before, SLOTS.before + SLOTS.during, release);
  hold = null;
  const reindexed = await replyTo(h.fake, reindex, 15_000, (body) => Boolean(body.embeds?.length));
  expect(reindexed.message.embeds?.[0]?.title).toMatch(/^Reindexed in/);
  expect(h.service.index.data.corpusHash).toBe(after.index.data.corpusHash);
  await runPhase('after', SLOTS.before + SLOTS.during, SLOTS.before + SLOTS.during + SLOTS.after);

  // ---- every interaction: exactly one well-formed response, from a complete index ----
  const requests = byToken(h.fake.requests);
  const problems: string[] = [];
  const from = { old: 0, new: 0 };
  const answersPerUser = new Map<number, number>();
  let refused = 0;
  for (const { planned, interaction } of sent) {
    const outcome = outcomeOf(interaction, requests.get(interaction.token) ?? []);
    const say = (p: string) => problems.push(`${planned.phase} user${userBase + planned.user} ${planned.kind} ${interaction.id}: ${p}`);
    outcome.problems.forEach(say);
    if (!outcome.shown) continue;
    const want = expectedFor(expected, planned);
    if (want === 'cooldown') {
      if (outcome.shown.kind !== 'message' || !outcome.shown.ephemeral || !/^You're asking quickly\. Try again in [\d.]+ s\.$/.test(outcome.shown.content))
        say(`a second query got ${outcome.shown.signature.slice(0, 120)}, not the cooldown notice`);
      else refused++;
      continue;
    }
    if (planned.kind === 'query') answersPerUser.set(planned.user, (answersPerUser.get(planned.user) ?? 0) + 1);
    const allowed = planned.phase === 'before' ? [want.old] : planned.phase === 'after' ? [want.new] : [want.old, want.new];
    if (!allowed.includes(outcome.shown.signature)) say(`answer matches neither index allowed in this phase: ${outcome.shown.signature.slice(0, 200)}`);
    else if (want.old !== want.new) from[outcome.shown.signature === want.old ? 'old' : 'new']++;
  }
  expect(problems.slice(0, 20)).toEqual([]);
  expect(sent.length).toBe(USERS * (SLOTS.before + SLOTS.during + SLOTS.after));
  // Cooldowns: each user got exactly one answer to a query, every other query was refused.
  expect([...answersPerUser.values()]).toEqual(Array(USERS).fill(1));
  const queries = sent.filter((s) => s.planned.kind === 'query').length;
  expect(refused).toBe(queries - USERS);
  expect(from.old).toBeGreaterThan(0);
  expect(from.new).toBeGreaterThan(0);

  const latencies = sent.map(({ interaction }) => tracker.latency(interaction));
  const finals = sent.map(({ interaction }) => tracker.finalLatency(interaction));
  const measured = [phaseStats.before, phaseStats.during, phaseStats.after];
  const total = measured.reduce((a, p) => ({ count: a.count + p.count, ms: a.ms + p.ms }), { count: 0, ms: 0 });
  const figures = {
    interactions: sent.length,
    answered: sent.length - problems.length,
    throughputPerSec: Math.round((total.count / total.ms) * 1000),
    perPhase: Object.fromEntries(
      Object.entries(phaseStats).map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms), perSec: Math.round((v.count / v.ms) * 1000) }]),
    ),
    callbackMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) },
    finalMessageMs: { p50: round(percentile(finals, 50)), p99: round(percentile(finals, 99)), max: round(Math.max(...finals)) },
    deferred: sent.filter(({ interaction }) =>
      requests.get(interaction.token)?.some((r) => r.body?.type === InteractionResponseType.DeferredChannelMessageWithSource),
    ).length,
    fromOldIndex: from.old,
    fromNewIndex: from.new,
    cooldownRefusals: refused,
    peakRestConnections: h.fake.peakRestConnections,
  };
  return {
    figures,
    /** Forgets this round's bookkeeping, so the heap measurement sees only the bot. */
    release() {
      tracker.stop();
      requests.clear();
      sent.length = 0;
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function build(p: Planned, userBase: number, hostMessage: APIMessage, host: Actor, contextButton: string): APIInteraction {
  const who = user(userBase + p.user);
  if (p.kind === 'query')
    return slash(
      p.query!.name,
      p.query!.options.map(([k, v]) => str(k, v)),
      who,
    );
  if (p.kind === 'suggest') {
    const s = p.suggest!;
    const options = s.command === 'quote' ? [str('topic', 'harbour'), str('speaker', s.value, true)] : [str('text', s.value, true)];
    return autocomplete(s.command, options, who);
  }
  if (p.kind === 'help') return slash('help', [], who);
  return click(contextButton, hostMessage, host, who);
}

interface Expected {
  old: string;
  new: string;
}

/** What the old and the new complete index answer, rendered exactly as the bot renders them. */
function expectations(before: CoverageService, after: CoverageService, contextButton: string) {
  const ctx = (service: CoverageService) => ({ service }) as BotContext;
  const both = (f: (s: CoverageService) => string): Expected => ({ old: f(before), new: f(after) });
  const cache = new Map<string, Expected>();
  const memo = (key: string, f: () => Expected) => cache.get(key) ?? cache.set(key, f()).get(key)!;
  const action = parseCustomId(contextButton);
  if (action?.kind !== 'context') throw new Error('not a context button');
  return {
    query: (q: Query) =>
      memo(`q:${JSON.stringify(q)}`, () =>
        both((s) => {
          const args = q.options.map(([, v]) => v);
          const answer =
            q.name === 'whosaid' ? s.whosaid(args[0]) : q.name === 'quote' ? s.quote(args[0], args[1]) : q.name === 'ask' ? s.ask(args[0]) : s.sources();
          return expectedMessage(renderAnswer(answer, renderOptions(ctx(s), args)));
        }),
      ),
    suggest: (x: Suggest) =>
      memo(`s:${JSON.stringify(x)}`, () =>
        both((s) => expectedChoices(toChoices(x.option === 'speaker' ? s.suggestSpeakers(x.value) : s.suggestQuotes(x.value)))),
      ),
    help: both((s) => expectedMessage({ ...renderHelp(s.help()), ephemeral: true })),
    // The button carries the old index's stamp: the old index shows the context, the new one calls it stale.
    context: both((s) =>
      expectedMessage(renderOptions(ctx(s), []).stamp === action.stamp ? renderContext(s.context(action.recordId)) : notice(MESSAGES.staleButton)),
    ),
  };
}

function expectedFor(e: ReturnType<typeof expectations>, p: Planned): Expected | 'cooldown' {
  if (p.kind === 'query') return p.first ? e.query(p.query!) : 'cooldown';
  if (p.kind === 'suggest') return e.suggest(p.suggest!);
  if (p.kind === 'help') return e.help;
  return e.context;
}

/** Times each interaction from dispatch to its callback, and to its final message. */
function track(h: Harness) {
  const sentAt = new Map<string, number>();
  const callbackAt = new Map<string, number>();
  const finalAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const finish = (token: string, now: number) => {
    if (finalAt.has(token)) return;
    finalAt.set(token, now);
    waiting.get(token)?.();
  };
  const onRequest = (r: RecordedRequest) => {
    if (r.injected || r.status >= 300) return;
    const now = performance.now();
    const cb = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
    if (cb) {
      if (!callbackAt.has(cb[1])) callbackAt.set(cb[1], now);
      if (r.body?.type !== InteractionResponseType.DeferredChannelMessageWithSource) finish(cb[1], now);
      return;
    }
    const hook = new RegExp(`^/webhooks/${APP_ID}/([^/]+)(/messages/@original)?$`).exec(r.path);
    if (hook && ((r.method === 'PATCH' && hook[2]) || (r.method === 'POST' && !hook[2]))) finish(hook[1], now);
  };
  h.fake.on('request', onRequest);
  return {
    dispatch(i: APIInteraction) {
      sentAt.set(i.token, performance.now());
      h.fake.sendInteraction(i);
    },
    done(i: APIInteraction): Promise<void> {
      if (finalAt.has(i.token)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no final response to ${i.id} within 30 s`)), 30_000);
        waiting.set(i.token, () => {
          clearTimeout(timer);
          waiting.delete(i.token);
          resolve();
        });
      });
    },
    latency: (i: APIInteraction) => callbackAt.get(i.token)! - sentAt.get(i.token)!,
    finalLatency: (i: APIInteraction) => finalAt.get(i.token)! - sentAt.get(i.token)!,
    /** Stops listening and forgets every timing (so the heap measurement sees only the bot). */
    stop: () => {
      h.fake.off('request', onRequest);
      for (const m of [sentAt, callbackAt, finalAt, waiting]) m.clear();
    },
  };
}
