import { PermissionFlagsBits } from 'discord.js';

/** What /reindex needs to know about who is asking, taken from the interaction. */
export interface Requester {
  inGuild: boolean;
  /** The member's resolved permissions in the channel (null outside a guild). */
  permissions: bigint | null;
  roleIds: readonly string[];
}

/** Canonical decimal only: no sign, blank, exponent, hex, fraction or flag name. */
const PERMISSIONS = /^(?:0|[1-9][0-9]{0,39})$/;

/**
 * A permissions field as Discord sends it (a decimal string), or null for anything else.
 * discord.js reads "-1" as every bit set, " 8" and "Administrator" as Administrator, and throws
 * on "abc", "1e3" or a number; none of these may grant anything.
 */
export function parsePermissions(raw: unknown): bigint | null {
  return typeof raw === 'string' && PERMISSIONS.test(raw) ? BigInt(raw) : null;
}

export type Verdict = { allowed: true } | { allowed: false; reason: 'guild-only' | 'not-moderator' };

/**
 * Run-time check behind /reindex. The command is also declared with ManageGuild as its
 * default permission, but server admins can override that in Integrations settings, so the
 * bot decides again: Manage Server, or one of the roles listed in REINDEX_ROLE_IDS.
 */
export function canReindex(who: Requester, reindexRoleIds: readonly string[]): Verdict {
  if (!who.inGuild) return { allowed: false, reason: 'guild-only' };
  // A negative bitfield has every high bit set, Administrator included: it grants nothing.
  const perms = who.permissions !== null && who.permissions > 0n ? who.permissions : 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n || (perms & PermissionFlagsBits.ManageGuild) !== 0n) return { allowed: true };
  if (who.roleIds.some((r) => reindexRoleIds.includes(r))) return { allowed: true };
  return { allowed: false, reason: 'not-moderator' };
}
