import { InteractionContextType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { slashData } from '../src/discord/builders.js';
import { send } from '../src/discord/reply.js';
import { notice } from '../src/discord/render.js';
import { ImportRefused, type ImportInput } from '../src/corpus/import/index.js';
import { LIBRARY_MESSAGES, ProgressReply, attachmentInput, checkModerator, progressLine, renderAdded } from '../src/discord/library.js';

/** /addsource url:<link> | file:<attachment>: moderators add an article; the reply shows each step, then what was found. */
const command: Command = {
  data: slashData('addsource').setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    const verdict = await checkModerator(interaction, ctx);
    if (!verdict.allowed) return { found: false, denied: verdict.reason };
    const url = interaction.options.getString('url')?.trim() || null;
    const file = interaction.options.getAttachment('file');
    if (Boolean(url) === Boolean(file)) {
      await send(interaction, notice(LIBRARY_MESSAGES.usage));
      return { found: false, usage: true };
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const progress = new ProgressReply(interaction);
    let input: ImportInput;
    try {
      input = file ? await attachmentInput(file, ctx.service.importPolicy) : { kind: 'url', url: url ?? '' };
    } catch (err) {
      if (!(err instanceof ImportRefused)) throw err;
      await progress.finish(renderAdded({ ok: false, refused: err.reason, code: err.code, warnings: [] }));
      return { found: false, refused: err.code };
    }
    const report = await ctx.service.add(input, (p) => progress.update(progressLine(p)));
    await progress.finish(renderAdded(report));
    return report.ok ? { found: true, id: report.added.id, status: report.added.status, quotes: report.added.quotes } : { found: false, refused: report.code };
  },
};

export default command;
