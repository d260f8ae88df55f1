import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { Exchanges } from '../../src/http/exchanges.js';
import { APP_ID, FakeDiscord } from '../e2e/fake-discord.js';
import { TOKEN } from '../e2e/harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});
afterAll(async () => {
  await fake?.stop();
});

/** One real HTTP exchange held open by `exchanges` under `id`, as the server holds Discord's POST. */
async function held(exchanges: Exchanges, id: string, token: string, act: () => void): Promise<unknown> {
  const server = http.createServer((_req, res) => {
    exchanges.add(id, token, APP_ID, res);
    act();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method: 'POST', body: '{}' });
    return await res.json();
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const callback = (id: string, token: string) => `${fake.apiBase}/v10/interactions/${id}/${token}/callback`;
const message = (content: string, flags = 0) => ({
  method: 'POST',
  body: JSON.stringify({ type: InteractionResponseType.ChannelMessageWithSource, data: { content, flags } }),
});

it("the first callback for a held interaction becomes the HTTP response, and Discord's API never sees it", async () => {
  const exchanges = new Exchanges(fake.apiBase);
  let reply: Promise<{ status: number }> | null = null;
  const body = await held(exchanges, '900000000000000001', 'tok-a', () => {
    reply = exchanges.makeRequest(callback('900000000000000001', 'tok-a'), message('Answer', MessageFlags.Ephemeral));
  });
  expect(body).toEqual({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'Answer', flags: MessageFlags.Ephemeral } });
  expect((await reply!).status).toBe(204);
  expect(fake.requests.some((r) => r.path.includes('tok-a'))).toBe(false);
});

it('a reply already on its way when the server deferred edits the placeholder instead of being lost', async () => {
  const exchanges = new Exchanges(fake.apiBase);
  const body = await held(exchanges, '900000000000000002', 'tok-b', () => exchanges.defer('900000000000000002'));
  expect(body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
  const late = await exchanges.makeRequest(callback('900000000000000002', 'tok-b'), message('Late answer'));
  expect(late.status).toBe(204);
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/tok-b/messages/@original`);
  expect(edit.body).toEqual({ content: 'Late answer' });
  // Any other kind of response after the deferral is what Discord would say to it: already acknowledged.
  const update = await exchanges.makeRequest(callback('900000000000000002', 'tok-b'), {
    method: 'POST',
    body: JSON.stringify({ type: InteractionResponseType.UpdateMessage, data: {} }),
  });
  expect(update.status).toBe(400);
  expect(await update.json()).toMatchObject({ code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged });
});

it('callbacks for interactions it does not hold, and webhook calls, go to the API as usual', async () => {
  const exchanges = new Exchanges(fake.apiBase);
  const res = await exchanges.makeRequest(callback('900000000000000003', 'tok-c'), message('Elsewhere'));
  expect(res.status).toBe(204);
  expect(fake.requests.some((r) => r.path === '/interactions/900000000000000003/tok-c/callback')).toBe(true);
  expect(exchanges.size).toBe(0);
});
