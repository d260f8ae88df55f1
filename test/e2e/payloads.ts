import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  PermissionFlagsBits,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitGuildInteraction,
  type APIPingInteraction,
  type APIUserApplicationCommandGuildInteraction,
  type APIMessageApplicationCommandGuildInteraction,
  type APIChatInputApplicationCommandDMInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GuildMemberFlags,
} from 'discord-api-types/v10';
import { APP_ID, CHANNEL_ID, GUILD_ID, MOD_ROLE_ID, apiMessage, snowflake } from './fake-discord.js';

/** Someone clicking in the test guild. `permissions` are the member's resolved permissions. */
export interface Actor {
  id: string;
  name: string;
  permissions: bigint;
  roles: string[];
}

const MEMBER_PERMS = PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands | PermissionFlagsBits.ViewChannel;

export const MEMBER: Actor = { id: '600000000000000001', name: 'reader', permissions: MEMBER_PERMS, roles: [] };
export const MODERATOR: Actor = { id: '600000000000000002', name: 'editor', permissions: MEMBER_PERMS | PermissionFlagsBits.ManageGuild, roles: [MOD_ROLE_ID] };
export const user = (n: number, over: Partial<Actor> = {}): Actor => ({
  ...MEMBER,
  id: `6100000000000${String(n).padStart(5, '0')}`,
  name: `user${n}`,
  ...over,
});

export function str(name: string, value: string, focused = false): APIApplicationCommandInteractionDataBasicOption {
  return focused ? { name, type: ApplicationCommandOptionType.String, value, focused } : { name, type: ApplicationCommandOptionType.String, value };
}

function apiUser(a: Actor): APIUser {
  return { id: a.id, username: a.name, discriminator: '0', global_name: a.name, avatar: null };
}

function member(a: Actor): APIInteractionGuildMember {
  return {
    user: apiUser(a),
    roles: a.roles,
    permissions: a.permissions.toString(),
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    premium_since: null,
    nick: null,
    avatar: null,
    banner: null,
  };
}

/** Fields every guild interaction carries, including the newer required ones. */
function base(a: Actor) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    token: `itoken-${id}`,
    version: 1 as const,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: Locale.EnglishUS, features: [] },
    channel: { id: CHANNEL_ID, type: 0 as const },
    channel_id: CHANNEL_ID,
    member: member(a),
    app_permissions: (PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks).toString(),
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: {},
    context: InteractionContextType.Guild,
    attachment_size_limit: 8 * 1024 * 1024,
  };
}

export function slash(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[] = [],
  a: Actor = MEMBER,
): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...base(a),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, guild_id: GUILD_ID },
  };
}

export function autocomplete(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[],
  a: Actor = MEMBER,
): APIApplicationCommandAutocompleteGuildInteraction {
  return {
    ...base(a),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, guild_id: GUILD_ID },
  } as APIApplicationCommandAutocompleteGuildInteraction;
}

/** A click on a button of `message`, which the bot sent in reply to `invoker`'s command. */
export function click(customId: string, message: APIMessage, invoker: Actor, a: Actor = invoker): APIMessageComponentButtonInteraction {
  const withMeta = {
    ...message,
    interaction_metadata: {
      id: snowflake(),
      type: InteractionType.ApplicationCommand,
      user: apiUser(invoker),
      authorizing_integration_owners: {},
      name: 'command',
    },
  } as APIMessage;
  return {
    ...base(a),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: withMeta,
  } as APIMessageComponentButtonInteraction;
}

/** A slash command sent in a direct message with the bot: no guild, no member, just a user. */
export function dmSlash(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[] = [],
  a: Actor = MEMBER,
): APIChatInputApplicationCommandDMInteraction {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    token: `itoken-${id}`,
    version: 1,
    type: InteractionType.ApplicationCommand,
    channel: { id: DM_CHANNEL_ID, type: ChannelType.DM, recipients: [apiUser(a)], last_message_id: null },
    channel_id: DM_CHANNEL_ID,
    user: apiUser(a),
    app_permissions: (PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks).toString(),
    locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: {},
    context: InteractionContextType.BotDM,
    attachment_size_limit: 8 * 1024 * 1024,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options },
  } as APIChatInputApplicationCommandDMInteraction;
}

const DM_CHANNEL_ID = '333333333333333399';

/** A modal form submitted (the bot never opens one). */
export function modalSubmit(a: Actor = MEMBER): APIModalSubmitGuildInteraction {
  return {
    ...base(a),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: 'feedback',
      components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: 'text', value: 'hello' }] }],
    },
  } as APIModalSubmitGuildInteraction;
}

/** A choice in a string select menu under `message` (the bot never sends one). */
export function stringSelect(message: APIMessage, a: Actor = MEMBER): APIMessageComponentSelectMenuInteraction {
  return {
    ...base(a),
    type: InteractionType.MessageComponent,
    data: { custom_id: 'v1|p|w|1|stamp1|x', component_type: ComponentType.StringSelect, values: ['one'] },
    message,
  } as APIMessageComponentSelectMenuInteraction;
}

/** A user context-menu command ("Apps → …" on a member; the bot declares none). */
export function userCommand(a: Actor = MEMBER): APIUserApplicationCommandGuildInteraction {
  return {
    ...base(a),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name: 'Profile',
      type: ApplicationCommandType.User,
      target_id: a.id,
      resolved: { users: { [a.id]: apiUser(a) } },
      guild_id: GUILD_ID,
    },
  } as APIUserApplicationCommandGuildInteraction;
}

/** Right-click a chat message → Apps → `name`: the message comes with the interaction. */
export function messageCommand(name: string, content: string, a: Actor = MEMBER): APIMessageApplicationCommandGuildInteraction {
  const messageId = snowflake();
  const author = user(99, { name: 'poster' });
  const message = apiMessage(messageId, apiUser(author), { content });
  return {
    ...base(a),
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.Message,
      target_id: messageId,
      resolved: { messages: { [messageId]: message } },
      guild_id: GUILD_ID,
    },
  } as APIMessageApplicationCommandGuildInteraction;
}

export function ping(): APIPingInteraction {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    token: `itoken-${id}`,
    version: 1,
    type: InteractionType.Ping,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8 * 1024 * 1024,
  } as APIPingInteraction;
}

/**
 * An interaction payload Discord should never send: `interaction` with some fields replaced by
 * off-spec values. Only the id and token are known to be usable.
 */
export interface OffSpec {
  id: string;
  token: string;
  [field: string]: unknown;
}

export function offSpec(interaction: APIInteraction, fields: Record<string, unknown>): OffSpec {
  return { ...interaction, ...fields };
}

/** `interaction` (from a guild) with its member's fields replaced, e.g. `{ permissions: 'abc' }`. */
export function offSpecMember(interaction: APIInteraction, fields: Record<string, unknown>): OffSpec {
  return offSpec(interaction, { member: { ...interaction.member, ...fields } });
}
