import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { describe } from '../src/discord/describe.js';
import { sendAnswer, toChoices } from '../src/discord/reply.js';

const command: Command = {
  data: new SlashCommandBuilder()
    .setName('whosaid')
    .setDescription(describe('whosaid'))
    .addStringOption((o) =>
      o.setName('text').setDescription('A few words of the quotation, as you remember them').setRequired(true).setMaxLength(300).setAutocomplete(true),
    ),
  cooldown: true,
  async execute(interaction, ctx) {
    const text = interaction.options.getString('text', true);
    return sendAnswer(interaction, ctx, ctx.service.whosaid(text), [text]);
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(toChoices(ctx.service.suggestQuotes(interaction.options.getFocused())));
  },
};

export default command;
