import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { Article } from '../../src/model/article.js';
import { interact, replyTo, startHarness, type Harness, type Reply } from './harness.js';
import { simpleExtract } from './corpus.js';
import { REINDEX_ROLE_ID } from './fake-discord.js';
import { MEMBER, MODERATOR, slash, str, user } from './payloads.js';

/** Lets a test hold a reindex mid-build, to overlap a second one with it. */
let gate: Promise<void> | null = null;
const gatedExtract = async (articles: Article[]) => {
  if (gate) await gate;
  return simpleExtract(articles);
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extract: gatedExtract });
});
afterAll(async () => {
  await h?.stop();
});

const fieldsOf = (r: Reply) => Object.fromEntries((r.message.embeds?.[0]?.fields ?? []).map((f) => [f.name.replace(/ \(\d+\)$/, ''), f.value]));

describe('/reindex', () => {
  it('is declared for moderators, and refuses a member at run time without touching the index', async () => {
    const before = h.service.index;
    const reply = await interact(h.fake, slash('reindex', [], MEMBER));
    expect(reply.deferred).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/Only moderators/);
    expect(h.service.index).toBe(before);
  });

  it('rebuilds for Manage Server: counts, the change, and skipped files with reasons, then answers from the new index', async () => {
    await writeFile(
      path.join(h.corpusDir, 'bridge.txt'),
      'Bridge reopens\nDate: 2024-07-01\n\n"The bridge is safe for traffic again," engineer Rosa Park said.\n',
    );
    await writeFile(path.join(h.corpusDir, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    const reply = await interact(h.fake, slash('reindex', [], MODERATOR));
    expect(reply.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(reply.callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.message.embeds![0].title).toMatch(/^Reindexed in/);
    const fields = fieldsOf(reply);
    expect(fields.Articles).toBe('5 (+1)');
    expect(fields.Quotes).toBe(`${h.service.counts().quotes} (+1)`);
    expect(fields.Added).toContain('bridge');
    expect(fields['Skipped files']).toContain('broken.txt: binary file');
    const answer = await interact(h.fake, slash('whosaid', [str('text', 'bridge is safe for traffic')]));
    expect(answer.message.content).toContain('**Rosa Park**');
  });

  it('accepts a member holding a role listed in REINDEX_ROLE_IDS', async () => {
    const archivist = user(20, { roles: [REINDEX_ROLE_ID] });
    const reply = await interact(h.fake, slash('reindex', [], archivist));
    expect(reply.deferred).toBe(true);
    expect(reply.message.embeds![0].title).toMatch(/^Reindexed in/);
    expect(fieldsOf(reply).Articles).toBe('5 (±0)');
  });

  it('tells a second moderator that a reindex is already running, and the first still completes', async () => {
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    const first = slash('reindex', [], MODERATOR);
    h.fake.sendInteraction(first);
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${first.id}/`));
    const second = await interact(h.fake, slash('reindex', [], MODERATOR));
    expect(second.ephemeral).toBe(true);
    expect(second.message.content).toMatch(/already running/);
    gate = null;
    release();
    const done = await replyTo(h.fake, first);
    expect(done.message.embeds![0].title).toMatch(/^Reindexed in/);
  });

  it('keeps the previous index answering when the corpus folder is broken, and says why', async () => {
    const aside = path.join(path.dirname(h.corpusDir), 'aside');
    await mkdir(aside, { recursive: true });
    const names = await readdir(h.corpusDir);
    for (const n of names) await rename(path.join(h.corpusDir, n), path.join(aside, n));
    await writeFile(path.join(h.corpusDir, 'garbage.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x00, 0x00]));
    try {
      const before = h.service.index;
      const reply = await interact(h.fake, slash('reindex', [], MODERATOR));
      expect(reply.message.embeds![0].title).toBe('Reindex failed');
      expect(reply.message.embeds![0].description).toMatch(/No readable articles[\s\S]*previous index is still answering/);
      expect(h.service.index).toBe(before);
      const still = await interact(h.fake, slash('whosaid', [str('text', 'rebuild the harbour')]));
      expect(still.message.content).toContain('**Ana Ruiz**');
    } finally {
      await rm(path.join(h.corpusDir, 'garbage.txt'));
      for (const n of names) await rename(path.join(aside, n), path.join(h.corpusDir, n));
    }
  });
});
