import { ApplicationCommandType, ContextMenuCommandBuilder, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { COMMAND_TABLE, type ArgSpec, type MenuName, type PagedName } from '../answer/commands.js';
import type { CommandName } from '../model/answer.js';
import { describe } from './describe.js';
import { sendAnswer, toChoices } from './reply.js';
import type { BotContext, Command, MenuCommand } from './types.js';

/** A slash command's declaration, its options taken from the command table. */
export function slashData(name: CommandName): SlashCommandBuilder {
  const builder = new SlashCommandBuilder().setName(name).setDescription(describe(name));
  const args: readonly ArgSpec[] = COMMAND_TABLE[name].args;
  for (const arg of args) {
    if (arg.type === 'attachment') {
      builder.addAttachmentOption((o) => o.setName(arg.name).setDescription(arg.description).setRequired(arg.required));
      continue;
    }
    builder.addStringOption((o) =>
      o.setName(arg.name).setDescription(arg.description).setRequired(arg.required).setMaxLength(arg.maxLength).setAutocomplete(Boolean(arg.suggest)),
    );
  }
  return builder;
}

/**
 * A paged query command: its options read in the table's order, the core's answer sent with
 * buttons that can run it again. Trailing empty options are left out of the button ids.
 */
export function queryCommand(name: PagedName): Command {
  const args: readonly ArgSpec[] = COMMAND_TABLE[name].args;
  return {
    data: slashData(name),
    cooldown: true,
    async execute(interaction, ctx) {
      const values = optionValues(interaction, args);
      return sendAnswer(interaction, ctx, await ctx.service.answerAsync(name, values), values);
    },
    async autocomplete(interaction, ctx) {
      const focused = interaction.options.getFocused(true);
      const arg = args.find((a) => a.name === focused.name);
      await interaction.respond(toChoices(arg?.suggest ? await suggest(ctx, arg.suggest, focused.value) : []));
    },
  };
}

/** The slash options in the table's order; trailing empty ones are left out (they would lengthen button ids). */
export function optionValues(interaction: ChatInputCommandInteraction, args: readonly ArgSpec[]): string[] {
  const values = args.map((a) => interaction.options.getString(a.name, a.required) ?? '');
  while (values.length && !values[values.length - 1]) values.pop();
  return values;
}

export function suggest(ctx: BotContext, kind: NonNullable<ArgSpec['suggest']>, typed: string) {
  return ctx.service.suggestAsync(kind, typed);
}

/**
 * The message context-menu entry of a command that takes one text argument ("right-click a
 * message → Apps → Who said this?"): runs it on the message's own text, privately by default.
 * The message comes with the interaction, so no Message Content intent is needed.
 */
export function messageMenuCommand(name: MenuName): MenuCommand {
  const label = COMMAND_TABLE[name].messageMenu;
  return {
    data: new ContextMenuCommandBuilder().setName(label).setType(ApplicationCommandType.Message),
    command: name,
    cooldown: true,
    async execute(interaction, ctx) {
      const text = interaction.targetMessage.content ?? '';
      return sendAnswer(interaction, ctx, await ctx.service.answerAsync(name, [text]), [text], true);
    },
  };
}
