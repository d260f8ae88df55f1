import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interact, startHarness, type Harness, type Reply } from './harness.js';
import { MODERATOR, slash, str } from './payloads.js';
import { APP_ID } from './fake-discord.js';
import { seedCorpus } from '../helpers/corpus.js';
import { expectWithinLimits } from '../helpers/discord.js';
import type { DiscordMessage } from '../../src/discord/render.js';

// A moderator's folder can hold anything under the size limit. While a reindex works through an
// article built to be slow, members must still get their answers inside Discord's 3 s window.
const DISCORD_WINDOW_MS = 3000;

/** 61,440 characters: a sidecar title that once took /sources 25 s to render. */
const HUGE_TITLE = 'Harbour wall repairs '.repeat(2926).slice(0, 61_440);
const WORDS = 'the council said the harbour wall would hold through winter and the ferry would keep sailing while engineers checked every stone'.split(' ');

/** About 1 MB on one line with no sentence punctuation at all: no sentence end for compromise to stop at. */
function runOnArticle(bytes: number): string {
  const out: string[] = ['Harbour notes', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = WORDS[i % WORDS.length];
    out.push(w);
    size += w.length + 1;
  }
  return `${out.slice(0, 2).join('\n')}\n${out.slice(2).join(' ')}\n`;
}

let h: Harness;
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  const corpus = await seedCorpus({
    'harbour.txt': 'Harbour wall repairs\n\n"The wall will be finished before the first storm," engineer Tomas Lindqvist said.\n',
    'harbour.json': JSON.stringify({ title: HUGE_TITLE, outlet: 'Port Alder Gazette', date: '2024-03-14' }),
  });
  cleanup = corpus.cleanup;
  h = await startHarness({ seedsDir: corpus.dir, extract: 'real' });
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await cleanup();
});

/** The message as the bot sent it, checked against every limit Discord enforces. */
function expectWithinDiscordLimits(message: Reply['message']): void {
  expect(message.embeds?.length ?? 0).toBeGreaterThan(0);
  expectWithinLimits({ content: message.content, embeds: message.embeds ?? [], components: message.components ?? [] } as unknown as DiscordMessage);
}

async function timed(run: () => Promise<Reply>): Promise<{ reply: Reply; ms: number }> {
  const started = performance.now();
  const reply = await run();
  return { reply, ms: performance.now() - started };
}

describe('a pathological article and a 60 KB sidecar title in the corpus folder', () => {
  it('the title is cut at load with a warning, and /sources renders it within limits', async () => {
    const { reply, ms } = await timed(() => interact(h.fake, slash('sources')));
    expect(ms).toBeLessThan(DISCORD_WINDOW_MS);
    expectWithinDiscordLimits(reply.message);
    expect(JSON.stringify(reply.message)).toContain('Harbour wall repairs');
    expect(h.service.index.data.warnings).toContainEqual({ file: 'harbour.json', reason: expect.stringMatching(/title.*cut to 300 characters/) });
  });

  it('/sources and /whosaid answer inside 3 s while a reindex extracts a 1 MB line with no punctuation', async () => {
    await writeFile(path.join(h.corpusDir, 'notes.txt'), runOnArticle(1024 * 1024));
    const reindex = slash('reindex', [], MODERATOR);
    h.fake.sendInteraction(reindex);
    // The report is the edit that carries an embed; a long run edits in n/N progress first.
    const hook = `/webhooks/${APP_ID}/${reindex.token}/messages/@original`;
    const reindexed = h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === hook && (r.body?.embeds?.length ?? 0) > 0, 120_000);
    let reindexDone = false;
    void reindexed.then(() => (reindexDone = true));
    // Let the reindex get into extraction before asking.
    await new Promise((r) => setTimeout(r, 300));

    const sources = await timed(() => interact(h.fake, slash('sources'), DISCORD_WINDOW_MS));
    const whosaid = await timed(() => interact(h.fake, slash('whosaid', [str('text', 'tribes to cities to nations')]), DISCORD_WINDOW_MS));
    expect(reindexDone).toBe(false);
    console.log(`[hostile corpus] during the reindex: /sources ${sources.ms.toFixed(0)} ms, /whosaid ${whosaid.ms.toFixed(0)} ms`);
    expect(sources.ms).toBeLessThan(DISCORD_WINDOW_MS);
    expect(whosaid.ms).toBeLessThan(DISCORD_WINDOW_MS);
    expect(whosaid.reply.message.content).toContain('**Mark Zuckerberg**');
    expectWithinDiscordLimits(sources.reply.message);

    const report = await reindexed;
    expect(report.body.embeds[0].title).toMatch(/^Reindexed in/);
    expect(JSON.stringify(report.body.embeds)).toContain('notes');
  }, 180_000);
});
