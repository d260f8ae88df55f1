import {
  ApplicationCommandType,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayDispatchEvents,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  Status,
  type Client,
  type RESTPostAPIInteractionCallbackJSONBody,
} from 'discord.js';
import type { Logger } from '../log.js';
import { parsePermissions } from './permissions.js';

/** What the bot says to an interaction it cannot read or has no handler for. */
export const INTAKE_MESSAGES = {
  unreadable: 'Sorry, I could not read this request. Please try again.',
  unsupported: 'Sorry, I only answer my slash commands and their buttons.',
} as const;

/**
 * What to do with one INTERACTION_CREATE payload before discord.js builds it.
 * - build: discord.js can build it and the router answers it; `unreadable` lists permission
 *   fields to drop first (they then count as no permission).
 * - answer: the bot answers it directly, and discord.js must not see it.
 * - ignore: no usable id or token, so no answer is possible.
 */
export type Triage =
  | { action: 'build'; id: string; token: string; type: number; unreadable: PermissionField[] }
  | { action: 'answer'; id: string; token: string; type: unknown; reason: string; response: RESTPostAPIInteractionCallbackJSONBody }
  | { action: 'ignore'; id: string | null; reason: string };

export type PermissionField = 'member.permissions' | 'app_permissions';

type Fields = Record<string, unknown>;

const SNOWFLAKE = /^[0-9]{1,20}$/;
/** Interaction tokens are URL-safe; anything else could steer the callback URL elsewhere. */
const TOKEN = /^[A-Za-z0-9_.-]{1,500}$/;
const HANDLED = 'handled by coverage-bot';

/** Decides, from the raw payload alone, whether discord.js may build this interaction. */
export function triage(payload: unknown): Triage {
  if (!isFields(payload)) return { action: 'ignore', id: null, reason: 'not an object' };
  const { id, token, type } = payload;
  if (typeof id !== 'string' || !SNOWFLAKE.test(id)) return { action: 'ignore', id: null, reason: 'no valid id' };
  if (typeof token !== 'string' || !TOKEN.test(token)) return { action: 'ignore', id, reason: 'no valid token' };
  const answer = (reason: string, text: string): Triage => ({ action: 'answer', id, token, type, reason, response: responseFor(type, text) });
  if (type === InteractionType.Ping) return answer('ping', '');
  const kind = kindOf(payload);
  if (kind !== 'handled') return answer(kind, kind === 'unsupported' ? INTAKE_MESSAGES.unsupported : INTAKE_MESSAGES.unreadable);
  if (!hasUser(payload)) return answer('no user or member', INTAKE_MESSAGES.unreadable);
  return { action: 'build', id, token, type: type as number, unreadable: unreadablePermissions(payload) };
}

/** The one response each interaction type allows when there is nothing to say but "no". */
export function responseFor(type: unknown, text: string): RESTPostAPIInteractionCallbackJSONBody {
  if (type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  return { type: InteractionResponseType.ChannelMessageWithSource, data: { content: text, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } };
}

/** Slash commands, their autocomplete and buttons are the router's; the rest is answered here. */
function kindOf(payload: Fields): 'handled' | 'unsupported' | 'unreadable' {
  const data = payload.data;
  switch (payload.type) {
    case InteractionType.ApplicationCommand:
      if (!isFields(data) || typeof data.name !== 'string') return 'unreadable';
      // Slash commands and message context-menu commands ("Who said this?") are the router's.
      return data.type === ApplicationCommandType.ChatInput || data.type === ApplicationCommandType.Message ? 'handled' : 'unsupported';
    case InteractionType.ApplicationCommandAutocomplete:
      return isFields(data) && typeof data.name === 'string' ? 'handled' : 'unreadable';
    case InteractionType.MessageComponent:
      if (!isFields(data) || typeof data.custom_id !== 'string' || !isFields(payload.message)) return 'unreadable';
      return data.component_type === ComponentType.Button ? 'handled' : 'unsupported';
    default:
      return 'unsupported';
  }
}

function hasUser(payload: Fields): boolean {
  const { user, member } = payload;
  if (member !== undefined && !(isFields(member) && isFields(member.user) && typeof member.user.id === 'string')) return false;
  return (isFields(user) && typeof user.id === 'string') || member !== undefined;
}

/** Permission fields discord.js would misread (a negative number, a flag name) or throw on. */
function unreadablePermissions(payload: Fields): PermissionField[] {
  const out: PermissionField[] = [];
  const member = payload.member;
  if (isFields(member) && 'permissions' in member && parsePermissions(member.permissions) === null) out.push('member.permissions');
  if ('app_permissions' in payload && parsePermissions(payload.app_permissions) === null) out.push('app_permissions');
  return out;
}

export function dropPermissions(payload: Fields, fields: readonly PermissionField[]): void {
  const member = payload.member;
  if (fields.includes('member.permissions') && isFields(member)) delete member.permissions;
  if (fields.includes('app_permissions')) delete payload.app_permissions;
}

function isFields(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

interface Expected {
  token: string;
  type: number;
  unreadable: PermissionField[];
  built: boolean;
}

/**
 * Sees every INTERACTION_CREATE before discord.js builds it (the `raw` event is emitted
 * synchronously just before), because a payload discord.js cannot build throws inside its
 * gateway handler, out of the bot's reach: the member would get no reply at all. What discord.js
 * should not build is answered here over REST and renamed so no discord.js handler takes it;
 * what it builds is checked off when the router receives it, and anything discord.js threw on
 * or dropped silently is answered here too. Either way: one reply, one warning with the id.
 */
export class Intake {
  private readonly expected = new Map<string, Expected>();

  constructor(
    private readonly client: Client,
    private readonly logger: Logger,
    private readonly track: (task: Promise<void>) => void,
  ) {}

  listen(): void {
    this.client.on(Events.Raw, (packet: unknown) => {
      // A throw here would surface inside discord.js's gateway handler as an unhandled rejection.
      try {
        this.onPacket(packet);
      } catch (err) {
        this.logger.error({ err }, 'interaction intake failed');
      }
    });
  }

  /** The router got this interaction from discord.js. */
  built(id: string): void {
    const e = this.expected.get(id);
    if (e) e.built = true;
  }

  private onPacket(packet: unknown): void {
    if (!isFields(packet) || packet.t !== GatewayDispatchEvents.InteractionCreate || !isFields(packet.d)) return;
    const verdict = triage(packet.d);
    if (verdict.action === 'build') return this.expect(packet.d, verdict);
    // No discord.js handler is registered under another name, so it never builds this one.
    packet.t = HANDLED;
    if (verdict.action === 'ignore')
      return void this.logger.warn({ interaction: verdict.id, reason: verdict.reason }, 'interaction not readable; no reply possible');
    this.answer(verdict.id, verdict.token, verdict.response, { type: verdict.type, reason: verdict.reason });
  }

  private expect(payload: Fields, verdict: Extract<Triage, { action: 'build' }>): void {
    dropPermissions(payload, verdict.unreadable);
    const { id, token, type, unreadable } = verdict;
    // Before READY discord.js queues packets and builds them later; only a live client builds at once.
    if (this.client.ws.status !== Status.Ready) return this.warnUnreadable(id, unreadable);
    this.expected.set(id, { token, type, unreadable, built: false });
    // discord.js builds and emits synchronously right after `raw`, so by now it has, or never will.
    queueMicrotask(() => this.settle(id));
  }

  private settle(id: string): void {
    const e = this.expected.get(id);
    this.expected.delete(id);
    if (!e) return;
    if (e.built) return this.warnUnreadable(id, e.unreadable);
    // It was a kind the router answers, so discord.js threw on a field the triage does not check,
    // or dropped it (a button from a channel that holds no messages).
    this.answer(id, e.token, responseFor(e.type, INTAKE_MESSAGES.unreadable), {
      type: e.type,
      reason: 'discord.js did not build it',
      unreadable: e.unreadable,
    });
  }

  private warnUnreadable(id: string, fields: readonly PermissionField[]): void {
    if (fields.length) this.logger.warn({ interaction: id, fields }, 'interaction permissions not readable; treated as none');
  }

  private answer(id: string, token: string, body: RESTPostAPIInteractionCallbackJSONBody, log: Record<string, unknown>): void {
    const reply = this.client.rest.post(Routes.interactionCallback(id, token), { body, auth: false });
    this.track(
      reply.then(
        () => void this.logger.warn({ interaction: id, ...log, answered: true }, 'interaction not handled; answered directly'),
        (err: unknown) =>
          void this.logger.warn(
            { interaction: id, ...log, answered: false, err, code: err instanceof DiscordAPIError ? err.code : undefined },
            'interaction not handled; the direct answer failed',
          ),
      ),
    );
  }
}
