import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import whosaid from '../../commands/whosaid.js';
import { SERVER_DEFER_MS } from '../../src/http/interactions.js';
import { APP_ID } from '../e2e/fake-discord.js';
import { slash, str, user } from '../e2e/payloads.js';
import { postInteraction, speakerOf, startHttpHarness, type HttpHarness } from './signed.js';

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await h?.stop();
});

/** A command that awaits something (a database, say) before it answers: here, a plain wait past the server's deadline. */
function slowly(): void {
  const execute = whosaid.execute.bind(whosaid);
  vi.spyOn(whosaid, 'execute').mockImplementationOnce(async (interaction, ctx) => {
    await new Promise((r) => setTimeout(r, SERVER_DEFER_MS + 500));
    return execute(interaction, ctx);
  });
}

it('a command still running near the 3 s limit is deferred by the server, and its answer edits the placeholder', async () => {
  slowly();
  const slow = slash('whosaid', [str('text', 'rebuild the harbour before winter')], user(80));
  const res = await postInteraction(h.server.url, h.privateKey, slow);
  expect(res.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
  const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${slow.token}/messages/@original`, 5000);
  expect(speakerOf(edit.body)).toBe('Ana Ruiz');
  expect(h.logs.find('no answer yet; deferred on the handler’s behalf')).toHaveLength(1);
});

it('a private answer after the server deferred publicly replaces the placeholder with a private follow-up', async () => {
  slowly();
  const slow = slash('whosaid', [str('text', 'volcanic ash over the glacier')], user(81));
  const res = await postInteraction(h.server.url, h.privateKey, slow);
  expect(res.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  const hook = `/webhooks/${APP_ID}/${slow.token}`;
  const followUp = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === hook, 5000);
  expect((followUp.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.path === `${hook}/messages/@original`)).toBe(true);
});
