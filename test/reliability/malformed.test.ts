import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelType, GatewayDispatchEvents, InteractionResponseType, type APIInteraction } from 'discord-api-types/v10';
import { INTAKE_MESSAGES } from '../../src/discord/intake.js';
import { MESSAGES } from '../../src/discord/render.js';
import { CATEGORY_ID } from '../e2e/fake-discord.js';
import { asMessage, interact, interactOffSpec, requestsFor, startHarness, type Harness, type Reply } from '../e2e/harness.js';
import {
  autocomplete,
  click,
  modalSubmit,
  offSpec,
  offSpecMember,
  ping,
  slash,
  str,
  stringSelect,
  user,
  userCommand,
  MODERATOR,
  type OffSpec,
} from '../e2e/payloads.js';

/**
 * Interaction payloads that discord.js cannot build (it throws inside its gateway handler, where
 * the bot's listener never sees it) or builds but the bot has no handler for. Each one that can be
 * answered gets exactly one reply, and each one the bot cannot read is logged once at warn with its
 * id and never its token.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const WAIT_MS = 2000;
const WARN = 40;

/** The reply to an off-spec payload, checked to be the only request made for it. */
async function onlyReply(payload: OffSpec | APIInteraction): Promise<Reply> {
  const reply = await interactOffSpec(h.fake, payload, WAIT_MS);
  // A later interaction answered means anything still queued for this one has had its turn.
  await interact(h.fake, slash('help', [], user(990)));
  expect(requestsFor(h.fake, payload)).toHaveLength(1);
  return reply;
}

function warningsFor(id: string) {
  return h.logs.entries.filter((e) => e.level === WARN && e.interaction === id);
}

const badPermissions: Array<[string, unknown]> = [
  ['"abc"', 'abc'],
  ['"1e3"', '1e3'],
  ['the number 8', 8],
  ['"-1" (two\'s complement: every bit, Administrator included)', '-1'],
  ['"-9"', '-9'],
  ['" 8"', ' 8'],
  ['"Administrator" (a flag name discord.js would accept)', 'Administrator'],
];

describe('member permissions that are not a non-negative integer string count as no permission', () => {
  it.each(badPermissions)('%s: /sources is answered as usual, once, and a warning names the interaction', async (_name, permissions) => {
    const payload = offSpecMember(slash('sources', [], user(901)), { permissions });
    const reply = await onlyReply(payload);
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.embeds?.[0]?.title).toBe('4 articles indexed');
    expect(warningsFor(payload.id)).toHaveLength(1);
  });

  it.each(badPermissions)('%s: /reindex is refused to a holder of the Moderators role too', async (_name, permissions) => {
    const before = h.service.index;
    const payload = offSpecMember(slash('reindex', [], MODERATOR), { permissions });
    const reply = await onlyReply(payload);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(MESSAGES.notModerator);
    expect(h.service.index).toBe(before);
  });

  it('in autocomplete, suggestions still come', async () => {
    const payload = offSpecMember(autocomplete('whosaid', [str('text', 'harbour', true)], user(902)), { permissions: 'abc' });
    const reply = await onlyReply(payload);
    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(reply.callback.body.data.choices.length).toBeGreaterThan(0);
  });

  it('the app\'s own permissions ("abc") are no reason to stay silent either', async () => {
    const payload = offSpec(slash('sources', [], user(903)), { app_permissions: 'abc' });
    const reply = await onlyReply(payload);
    expect(reply.message.embeds?.[0]?.title).toBe('4 articles indexed');
  });
});

describe('interactions the bot has no handler for get one private reply', () => {
  const message = () => asMessage({ message: { content: 'results' } } as Reply);
  const cases: Array<[string, () => OffSpec | APIInteraction]> = [
    ['a modal submit', () => modalSubmit(user(910))],
    ['a string select menu', () => stringSelect(message(), user(911))],
    ['a user context-menu command', () => userCommand(user(912))],
    ['an interaction type Discord has not defined yet', () => offSpec(slash('sources', [], user(913)), { type: 99 })],
  ];
  expect(cases.length).toBeGreaterThan(0);

  it.each(cases)('%s', async (_name, make) => {
    const payload = make();
    const reply = await onlyReply(payload);
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(INTAKE_MESSAGES.unsupported);
    expect(reply.message.allowed_mentions?.parse).toEqual([]);
  });

  it('a button with an empty custom id is told the button is not supported', async () => {
    const reply = await onlyReply(click('', message(), user(914)));
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(MESSAGES.unknownButton);
  });
});

describe('interactions the bot cannot read', () => {
  it('a button with empty data gets a private "could not read", and one warning with its id', async () => {
    const payload = offSpec(click('x', asMessage({ message: {} } as Reply), user(920)), { data: {} });
    const reply = await onlyReply(payload);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(INTAKE_MESSAGES.unreadable);
    expect(warningsFor(payload.id)).toHaveLength(1);
  });

  it('a command with neither user nor member gets a private "could not read"', async () => {
    const payload = offSpec(slash('sources', [], user(921)), { member: undefined, user: undefined });
    const reply = await onlyReply(payload);
    expect(reply.message.content).toBe(INTAKE_MESSAGES.unreadable);
    expect(warningsFor(payload.id)).toHaveLength(1);
  });

  it('a button discord.js drops without a word (from a category, where no message can be) still gets one reply', async () => {
    const payload = offSpec(click('v1|p|w|1|stamp1|x', asMessage({ message: {} } as Reply), user(924)), {
      channel: { id: CATEGORY_ID, type: ChannelType.GuildCategory },
      channel_id: CATEGORY_ID,
    });
    const reply = await onlyReply(payload);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe(INTAKE_MESSAGES.unreadable);
    expect(warningsFor(payload.id)).toHaveLength(1);
  });

  it('an autocomplete without data gets the only answer autocomplete allows: an empty choice list', async () => {
    const payload = offSpec(autocomplete('whosaid', [str('text', 'x', true)], user(922)), { data: undefined });
    const reply = await onlyReply(payload);
    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(reply.callback.body.data).toEqual({ choices: [] });
  });

  it('a PING gets a PONG', async () => {
    const reply = await onlyReply(ping());
    expect(reply.type).toBe(InteractionResponseType.Pong);
  });

  it('an interaction without a usable token cannot be answered: one warning with its id, nothing sent', async () => {
    const payload = offSpec(slash('sources', [], user(923)), { token: '../../applications/1/commands' });
    h.fake.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    await interact(h.fake, slash('help', [], user(990)));
    expect(h.fake.requests.filter((r) => r.path.includes(payload.id))).toEqual([]);
    expect(warningsFor(payload.id)).toHaveLength(1);
  });

  it('the log names every one of these interactions by id and never carries an interaction token', () => {
    const tokens = h.fake.requests.map((r) => /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path)?.[1]).filter((t): t is string => Boolean(t));
    expect(tokens.length).toBeGreaterThan(10);
    const text = h.logs.lines.join('\n');
    expect(tokens.filter((t) => text.includes(t))).toEqual([]);
    expect(h.logs.entries.filter((e) => e.level === WARN).length).toBeGreaterThan(5);
  });
});
