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
  type APIChatInputApplicationCommandDMInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GuildMemberFlags,
} from 'discord-api-types/v10';
import { APP_ID, CHANNEL_ID, GUILD_ID, MOD_ROLE_ID, snowflake } from './fake-discord.js';

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
export const user = (n: number, over: Partial<Actor> = {}): Actor => ({ ...MEMBER, id: `6100000000000${String(n).padStart(5, '0')}`, name: `user${n}`, ...over });

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

export function slash(name: string, options: APIApplicationCommandInteractionDataBasicOption[] = [], a: Actor = MEMBER): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...base(a),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, guild_id: GUILD_ID },
  };
}

export function autocomplete(name: string, options: APIApplicationCommandInteractionDataBasicOption[], a: Actor = MEMBER): APIApplicationCommandAutocompleteGuildInteraction {
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
    interaction_metadata: { id: snowflake(), type: InteractionType.ApplicationCommand, user: apiUser(invoker), authorizing_integration_owners: {}, name: 'command' },
  } as APIMessage;
  return {
    ...base(a),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: withMeta,
  } as APIMessageComponentButtonInteraction;
}

/** A slash command sent in a direct message with the bot: no guild, no member, just a user. */
export function dmSlash(name: string, options: APIApplicationCommandInteractionDataBasicOption[] = [], a: Actor = MEMBER): APIChatInputApplicationCommandDMInteraction {
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
