import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { describe } from '../src/discord/describe.js';
import { sendAnswer } from '../src/discord/reply.js';

const command: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription(describe('ask'))
    .addStringOption((o) => o.setName('question').setDescription('A factual question about the coverage').setRequired(true).setMaxLength(300)),
  cooldown: true,
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    return sendAnswer(interaction, ctx, ctx.service.ask(question), [question]);
  },
};

export default command;
