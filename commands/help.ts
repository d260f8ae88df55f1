import type { Command } from '../src/discord/types.js';
import { slashData } from '../src/discord/builders.js';
import { send } from '../src/discord/reply.js';
import { renderHelp } from '../src/discord/render.js';

const command: Command = {
  data: slashData('help'),
  async execute(interaction, ctx) {
    // Private: a help card is for the one who asked, not for the whole channel.
    await send(interaction, { ...renderHelp(ctx.service.help()), ephemeral: true });
    return { found: true };
  },
};

export default command;
