import { PermissionFlagsBits } from 'discord.js';

/** What /reindex needs to know about who is asking, taken from the interaction. */
export interface Requester {
  inGuild: boolean;
  /** The member's resolved permissions in the channel (null outside a guild). */
  permissions: bigint | null;
  roleIds: readonly string[];
}

export type Verdict = { allowed: true } | { allowed: false; reason: 'guild-only' | 'not-moderator' };

/**
 * Run-time check behind /reindex. The command is also declared with ManageGuild as its
 * default permission, but server admins can override that in Integrations settings, so the
 * bot decides again: Manage Server, or one of the roles listed in REINDEX_ROLE_IDS.
 */
export function canReindex(who: Requester, reindexRoleIds: readonly string[]): Verdict {
  if (!who.inGuild) return { allowed: false, reason: 'guild-only' };
  const perms = who.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n || (perms & PermissionFlagsBits.ManageGuild) !== 0n) return { allowed: true };
  if (who.roleIds.some((r) => reindexRoleIds.includes(r))) return { allowed: true };
  return { allowed: false, reason: 'not-moderator' };
}
