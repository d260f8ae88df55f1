import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { startHarness, type Harness } from './harness.js';
import { simpleExtract } from './corpus.js';
import { APP_ID } from './fake-discord.js';
import { MODERATOR, slash } from './payloads.js';
import { EDIT_EVERY_MS } from '../../src/discord/library.js';

/** Articles named `slow-<seconds>-…` take that long to extract, so a reindex of them is a long run. */
const slowExtract = async (articles: Article[]) => {
  await Promise.all(articles.map((a) => sleep(Number(/^slow-(\d+)/.exec(a.id)?.[1] ?? 0) * 1000)));
  return simpleExtract(articles);
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extract: slowExtract });
});
afterAll(async () => {
  await h?.stop();
});

describe('/reindex on a long run', () => {
  it('edits its private reply with n/N extracted, at most every few seconds, then shows the result', async () => {
    for (const s of [1, 4, 7])
      await writeFile(path.join(h.corpusDir, `slow-${s}-notice.txt`), `Notice ${s}\n\n"Ferry ${s} is late today," Captain Lina Osei said.\n`);
    const command = slash('reindex', [], MODERATOR);
    h.fake.sendInteraction(command);
    const hook = `/webhooks/${APP_ID}/${command.token}/messages/@original`;
    const final = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === hook && (r.body?.embeds?.length ?? 0) > 0, 20_000);
    expect(final.body.embeds[0].title).toMatch(/^Reindexed in/);
    const progress = h.fake.requests.filter((r) => r.method === 'PATCH' && r.path === hook && r !== final);
    expect(progress.map((r) => r.body.content)).toEqual(['🔎 Reindexing: 1/3 changed articles extracted…', '🔎 Reindexing: 2/3 changed articles extracted…']);
    const started = h.fake.requests.find((r) => r.path.startsWith(`/interactions/${command.id}/`))!.at;
    expect(progress[0].at - started).toBeGreaterThanOrEqual(EDIT_EVERY_MS - 100);
    expect(progress[1].at - progress[0].at).toBeGreaterThanOrEqual(EDIT_EVERY_MS - 100);
  }, 30_000);
});
