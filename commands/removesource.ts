import { InteractionContextType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { slashData, suggest } from '../src/discord/builders.js';
import { send, toChoices } from '../src/discord/reply.js';
import { checkModerator, renderRemoved } from '../src/discord/library.js';

/** /removesource article:<id>: moderators remove an article (autocomplete over the indexed ones). */
const command: Command = {
  data: slashData('removesource').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    const verdict = await checkModerator(interaction, ctx);
    if (!verdict.allowed) return { found: false, denied: verdict.reason };
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await ctx.service.remove(interaction.options.getString('article', true));
    await send(interaction, renderRemoved(report));
    return report.ok ? { found: true, id: report.removed.id } : { found: false, refused: report.code };
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(toChoices(await suggest(ctx, 'articles', interaction.options.getFocused())));
  },
};

export default command;
