import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { interact, startHarness, type Harness } from './harness.js';
import { APP_ID, type RecordedRequest } from './fake-discord.js';
import { MEMBER, MODERATOR, autocomplete, slash, str } from './payloads.js';
import { PATHS, STORIES, startNewsSite, type NewsSite } from '../helpers/news-site.js';
import { EDIT_EVERY_MS } from '../../src/discord/library.js';

// A moderator adds coverage from a link and a file through the real bot and the fake Discord;
// the pages come from a local news site (so FETCH_ALLOW_PRIVATE lets the bot reach 127.0.0.1).

const NOTICE = `Tidal pool survey finds rare anemones

Volunteers counted 412 beadlet anemones at Gull Point on Saturday, the highest tally since the survey began.

"We nearly missed the strawberry anemones under the kelp," marine biologist Ines Fairweather said.
`;

let h: Harness;
let site: NewsSite;
beforeAll(async () => {
  vi.stubEnv('FETCH_ALLOW_PRIVATE', 'true');
  site = await startNewsSite();
  h = await startHarness({ extract: 'real' });
}, 30_000);
afterAll(async () => {
  await h?.stop();
  await site?.close();
  vi.unstubAllEnvs();
});

/** The final message of a deferred command: the last edit, the one carrying an embed. */
async function finalReply(interaction: Pick<APIInteraction, 'id' | 'token'>, timeoutMs = 20_000): Promise<RecordedRequest> {
  return h.fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original` && (r.body?.embeds?.length ?? 0) > 0,
    timeoutMs,
  );
}

const edits = (interaction: Pick<APIInteraction, 'token'>) =>
  h.fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`);

function attachmentCommand(file: ReturnType<Harness['fake']['attach']>, declaredSize = file.size) {
  const interaction = slash('addsource', [{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: file.id }], MODERATOR);
  interaction.data.resolved = { attachments: { [file.id]: { ...file, size: declaredSize } } };
  return interaction;
}

describe('/addsource and /removesource through Discord', () => {
  it('refuses a member without Manage Server or a reindex role, fetching nothing and writing nothing', async () => {
    const before = await readdir(h.corpusDir);
    const reply = await interact(h.fake, slash('addsource', [str('url', site.url(STORIES.jsonLd.path))], MEMBER));
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/Only moderators can add or remove sources/);
    expect(site.requests).toEqual([]);
    expect(await readdir(h.corpusDir)).toEqual(before);
  });

  it('adds a page by link: a private deferred reply, edited with progress, then the title, date, outlet and what was found', async () => {
    const command = slash('addsource', [str('url', site.url(STORIES.jsonLd.path))], MODERATOR);
    h.fake.sendInteraction(command);
    const callback = await h.fake.waitForRequest((r) => r.path === `/interactions/${command.id}/${command.token}/callback`);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const final = await finalReply(command);
    const embed = final.body.embeds[0];
    expect(embed.title).toBe(`Added: ${STORIES.jsonLd.title}`);
    expect(embed.url).toBe(site.url(STORIES.jsonLd.path));
    const fields = Object.fromEntries(embed.fields.map((f: { name: string; value: string }) => [f.name, f.value]));
    expect(fields.Date).toBe(STORIES.jsonLd.date);
    expect(fields.Outlet).toBe(STORIES.jsonLd.outlet);
    expect(fields.Found).toMatch(/^[1-9]\d* quotations?, \d+ facts?$/);
    // Progress edits came first, spaced at least EDIT_EVERY_MS apart; the result was the last edit.
    const all = edits(command);
    expect(all.length).toBeGreaterThan(1);
    expect(all[0].body.content).toMatch(/^⏳ Fetching /);
    expect(all[all.length - 1]).toBe(final);
    const progress = all.slice(0, -1);
    for (let i = 1; i < progress.length; i++) expect(progress[i].at - progress[i - 1].at).toBeGreaterThanOrEqual(EDIT_EVERY_MS - 50);
    expect(site.requests.at(-1)?.userAgent).toMatch(/coverage-bot/);
  });

  it('then /whosaid finds the page’s quotation with its speaker, and cites its title, date and outlet', async () => {
    const reply = await interact(h.fake, slash('whosaid', [str('text', 'bailing out the high street')]));
    expect(reply.message.content).toContain(`**${STORIES.jsonLd.speaker}**`);
    const source = reply.message.embeds![0].fields!.find((f) => f.name === 'Source')!.value;
    expect(source).toBe(`**${STORIES.jsonLd.title}** · ${STORIES.jsonLd.date} · ${STORIES.jsonLd.outlet}`);
  });

  it('/sources lists the added article with its outlet, date and link', async () => {
    const reply = await interact(h.fake, slash('sources'));
    const text = reply.message.embeds![0].description!;
    const line = text.split('\n').find((l) => l.includes(STORIES.jsonLd.title))!;
    expect(line).toContain(STORIES.jsonLd.date);
    expect(line).toContain(STORIES.jsonLd.outlet);
    expect(line).toContain(`(${site.url(STORIES.jsonLd.path)})`);
  });

  it('adding the same link again updates that article instead of adding another', async () => {
    const count = h.service.counts().articles;
    const command = slash('addsource', [str('url', site.url(STORIES.jsonLd.path))], MODERATOR);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe(`Already up to date: ${STORIES.jsonLd.title}`);
    expect(h.service.counts().articles).toBe(count);
  });

  it('adds an attached file, downloaded from Discord’s CDN after its size was checked', async () => {
    const file = h.fake.attach('tidal-pools.md', Buffer.from(NOTICE), 'text/markdown; charset=utf-8');
    const command = attachmentCommand(file);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe('Added: Tidal pool survey finds rare anemones');
    expect(h.fake.requests.filter((r) => r.method === 'GET' && r.path === new URL(file.url).pathname)).toHaveLength(1);
    const answer = await interact(h.fake, slash('whosaid', [str('text', 'strawberry anemones under the kelp')]));
    expect(answer.message.content).toContain('**Ines Fairweather**');
  });

  it('refuses an attachment larger than the limit before downloading it', async () => {
    const file = h.fake.attach('huge.txt', Buffer.from('small really'), 'text/plain');
    const command = attachmentCommand(file, 6 * 1024 * 1024);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe('Source not added');
    expect(final.body.embeds[0].description).toMatch(/huge\.txt is 6\.0 MB; files over 5\.0 MB are not accepted\.\nNothing was changed\./);
    expect(h.fake.requests.filter((r) => r.method === 'GET' && r.path === new URL(file.url).pathname)).toEqual([]);
  });

  it('says why a link is refused, and the index is the one that answered before', async () => {
    const before = h.service.index;
    const command = slash('addsource', [str('url', site.url(PATHS.image))], MODERATOR);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe('Source not added');
    expect(final.body.embeds[0].description).toMatch(/Nothing was changed\.$/);
    expect(h.service.index).toBe(before);
  });

  it('asks for a link or a file when given neither', async () => {
    const reply = await interact(h.fake, slash('addsource', [], MODERATOR));
    expect(reply.message.content).toMatch(/Give either a link/);
  });

  it('/removesource suggests indexed articles and removes the chosen one', async () => {
    h.fake.sendInteraction(autocomplete('removesource', [str('article', 'larkford', true)], MODERATOR));
    const choices = await h.fake.waitForRequest((r) => r.body?.type === InteractionResponseType.ApplicationCommandAutocompleteResult);
    const id: string = choices.body.data.choices[0].value;
    expect(choices.body.data.choices[0].name).toContain(STORIES.jsonLd.title);
    const denied = await interact(h.fake, slash('removesource', [str('article', id)], MEMBER));
    expect(denied.message.content).toMatch(/Only moderators/);
    const command = slash('removesource', [str('article', id)], MODERATOR);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe(`Removed: ${STORIES.jsonLd.title}`);
    expect((await readdir(h.corpusDir)).filter((n) => n.startsWith(id))).toEqual([]);
    const gone = await interact(h.fake, slash('whosaid', [str('text', 'bailing out the high street')]));
    expect(gone.message.content).not.toContain(STORIES.jsonLd.speaker);
  });

  it('/removesource says so when the article is not there', async () => {
    const command = slash('removesource', [str('article', 'no-such-article')], MODERATOR);
    h.fake.sendInteraction(command);
    const final = await finalReply(command);
    expect(final.body.embeds[0].title).toBe('Source not removed');
  });
});
