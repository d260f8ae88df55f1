import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { APP_ID, snowflake } from '../e2e/fake-discord.js';
import { autocomplete, click, dmSlash, messageCommand, modalSubmit, MODERATOR, ping, slash, str, user } from '../e2e/payloads.js';
import { INTAKE_MESSAGES } from '../../src/discord/intake.js';
import { nonEmpty } from '../helpers/expect.js';
import { buttonIdsOf, postInteraction, speakerOf, startHttpHarness, type HttpHarness } from './signed.js';

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('interactions over HTTP', () => {
  it('answers a PING with a PONG on both paths', async () => {
    for (const path of ['/', '/interactions']) {
      const res = await postInteraction(h.server.url, h.privateKey, ping(), path);
      expect(res).toEqual({ status: 200, body: { type: InteractionResponseType.Pong } });
    }
  });

  it('answers /whosaid in the HTTP response with the cited quotation, as the gateway mode renders it', async () => {
    const expected = h.service.whosaid('rebuild the harbour before winter');
    expect(expected.found).toBe(true);
    const res = await postInteraction(h.server.url, h.privateKey, slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(1)));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(speakerOf(res.body.data)).toBe('Ana Ruiz');
    expect(res.body.data?.embeds?.[0]?.description).toContain('**rebuild the harbour before winter**');
    expect(res.body.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Answered in the response itself: nothing went to Discord's REST API.
    expect(h.fake.requests).toHaveLength(0);
  });

  it('says so privately when nothing matches', async () => {
    const res = await postInteraction(h.server.url, h.privateKey, slash('whosaid', [str('text', 'volcanic ash over the glacier')], user(2)));
    expect(res.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((res.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('a late interaction is deferred in the response and its answer edits the placeholder through the webhook', async () => {
    // Sent 2 s ago: the router acknowledges first, as it does on the gateway.
    const late = { ...slash('whosaid', [str('text', 'fishing fleet cannot wait')], user(3)), id: snowflake(Date.now() - 2000) };
    const res = await postInteraction(h.server.url, h.privateKey, late);
    expect(res.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect((res.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${late.token}/messages/@original`);
    expect(speakerOf(edit.body)).toBe('Tomas Berg');
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('/reindex defers privately and reports through the webhook, with the same permission check', async () => {
    const denied = await postInteraction(h.server.url, h.privateKey, slash('reindex', [], user(4)));
    expect(denied.body.data?.content).toMatch(/Manage Server/);
    const run = slash('reindex', [], MODERATOR);
    const res = await postInteraction(h.server.url, h.privateKey, run);
    expect(res.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    const report = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${run.token}/messages/@original`, 10_000);
    expect(report.body.embeds[0].title).toMatch(/^Reindexed/);
    expect(report.body.embeds[0].fields[0]).toMatchObject({ name: 'Articles', value: '4 (±0)' });
  });

  it('suggests speakers while typing (autocomplete)', async () => {
    const res = await postInteraction(h.server.url, h.privateKey, autocomplete('quote', [str('topic', 'harbour'), str('speaker', 'Ru', true)], user(5)));
    expect(res.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(nonEmpty(res.body.data?.choices ?? []).map((c) => c.name)).toContain('Ana Ruiz');
  });

  it('pages with the buttons of an earlier answer', async () => {
    const invoker = user(6);
    const first = await postInteraction(h.server.url, h.privateKey, slash('quote', [str('topic', 'harbour')], invoker));
    const ids = buttonIdsOf(first.body.data);
    const button = nonEmpty(ids)[0];
    const message = {
      id: '700000000000000009',
      channel_id: '333333333333333333',
      content: '',
      embeds: [],
      components: [],
      ...first.body.data,
    } as unknown as APIMessage;
    const res = await postInteraction(h.server.url, h.privateKey, click(button, message, invoker));
    expect([InteractionResponseType.UpdateMessage, InteractionResponseType.ChannelMessageWithSource]).toContain(res.body.type);
    expect(res.body.data?.embeds?.length).toBeGreaterThan(0);
  });

  it('answers "Who said this?" on a message, privately', async () => {
    const res = await postInteraction(h.server.url, h.privateKey, messageCommand('Who said this?', 'The children will be back in class on Monday', user(7)));
    expect(res.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((res.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(speakerOf(res.body.data)).toBe('Marta Lind');
  });

  it('answers in a direct message, where there is no guild member', async () => {
    const res = await postInteraction(h.server.url, h.privateKey, dmSlash('whosaid', [str('text', 'prices stay the same')], user(8)));
    expect(speakerOf(res.body.data)).toBe('Lina Osei');
  });

  it('says politely what it does not handle (a modal it never opened), as the gateway intake does', async () => {
    const res = await postInteraction(h.server.url, h.privateKey, modalSubmit(user(9)));
    expect(res.body.data).toMatchObject({ content: INTAKE_MESSAGES.unsupported, flags: MessageFlags.Ephemeral });
  });

  it('never writes an interaction token to the log', () => {
    expect(nonEmpty(h.logs.lines).some((l) => l.includes('itoken-'))).toBe(false);
  });
});
