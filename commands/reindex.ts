import { InteractionContextType, MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { slashData } from '../src/discord/builders.js';
import { send } from '../src/discord/reply.js';
import { canReindex } from '../src/discord/permissions.js';
import { MESSAGES, notice, renderReindex } from '../src/discord/render.js';
import { ProgressReply, reindexProgressLine } from '../src/discord/library.js';

const command: Command = {
  data: slashData('reindex').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    const verdict = canReindex(
      { inGuild: interaction.inGuild(), permissions: interaction.memberPermissions?.bitfield ?? null, roleIds: roleIds(interaction) },
      ctx.config.reindexRoleIds,
    );
    if (!verdict.allowed) {
      await send(interaction, notice(verdict.reason === 'guild-only' ? MESSAGES.guildOnly : MESSAGES.notModerator));
      return { found: false, denied: verdict.reason };
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    // A long run shows n/N extracted, edited at most every few seconds; a short one only its result.
    const progress = new ProgressReply(interaction, { quietFirst: true });
    const report = await ctx.service.reindex((done, total) => progress.update(reindexProgressLine(done, total)));
    await progress.finish(renderReindex(report));
    return { found: report.ok, busy: report.busy ?? false, error: report.error, counts: report.counts, skipped: report.warnings.length, ms: report.durationMs };
  },
};

/** Role ids from either a cached GuildMember or the raw member the interaction carries. */
function roleIds(interaction: ChatInputCommandInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

export default command;
