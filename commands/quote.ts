import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/types.js';
import { describe } from '../src/discord/describe.js';
import { sendAnswer, toChoices } from '../src/discord/reply.js';

const command: Command = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription(describe('quote'))
    .addStringOption((o) => o.setName('topic').setDescription('What the quotations are about').setRequired(true).setMaxLength(100))
    .addStringOption((o) => o.setName('speaker').setDescription('Only quotations by this person').setMaxLength(100).setAutocomplete(true)),
  cooldown: true,
  async execute(interaction, ctx) {
    const topic = interaction.options.getString('topic', true);
    const speaker = interaction.options.getString('speaker') ?? undefined;
    return sendAnswer(interaction, ctx, ctx.service.quote(topic, speaker), speaker ? [topic, speaker] : [topic]);
  },
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const choices = focused.name === 'speaker' ? ctx.service.suggestSpeakers(focused.value) : [];
    await interaction.respond(toChoices(choices));
  },
};

export default command;
