import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { describe } from '../src/discord/describe.js';
import { sendAnswer } from '../src/discord/reply.js';

const command: Command = {
  data: new SlashCommandBuilder().setName('sources').setDescription(describe('sources')),
  cooldown: true,
  async execute(interaction, ctx) {
    return sendAnswer(interaction, ctx, ctx.service.sources(), []);
  },
};

export default command;
