import {
  AttachmentBuilder,
  MessageFlags,
  type ApplicationCommandOptionChoiceData,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Answer, SourceRef } from '../model/answer.js';
import type { Choice } from '../service/coverage.js';
import { renderAnswer, type DiscordMessage, type RenderOptions } from './render.js';
import { indexStamp } from './components.js';
import { LIMITS, cut } from './limits.js';
import type { BotContext, Outcome } from './types.js';

type Repliable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

/**
 * Sends a rendered message whatever state the interaction is in. An ephemeral message after a
 * public defer cannot be made private by editing, so the placeholder is removed and the
 * message follows up privately instead.
 */
export async function send(interaction: Repliable, msg: DiscordMessage): Promise<void> {
  const files = msg.files?.map((f) => new AttachmentBuilder(f.data, { name: f.name, description: f.description }));
  const body = { content: msg.content, embeds: msg.embeds, components: msg.components, ...(files ? { files } : {}) };
  const flags = msg.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) {
    const deferredPrivately = interaction.ephemeral === true;
    if (msg.ephemeral && !deferredPrivately) {
      await interaction.deleteReply();
      await interaction.followUp({ ...body, flags });
      return;
    }
    await interaction.editReply({ ...body, content: msg.content ?? '' } as InteractionEditReplyOptions);
    return;
  }
  if (interaction.replied) {
    await interaction.followUp({ ...body, flags });
    return;
  }
  await interaction.reply({ ...body, flags });
}

/** Renders an Answer with buttons that can re-run it, and sends it. */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  answer: Answer,
  args: string[],
  privately = false,
): Promise<Outcome> {
  const msg = renderAnswer(answer, renderOptions(ctx, args));
  await send(interaction, privately ? { ...msg, ephemeral: true } : msg);
  return { found: answer.found, results: answer.results.length };
}

export function renderOptions(ctx: BotContext, args: string[], page = 0): RenderOptions {
  const article = (id: string): SourceRef | undefined => ctx.service.articleRef(id);
  return { page, args, stamp: currentStamp(ctx), article };
}

export function currentStamp(ctx: BotContext): string {
  return indexStamp(ctx.service.index.data.corpusHash);
}

/** Autocomplete choices within Discord's limits (25 choices, 100 characters each, no empties). */
export function toChoices(choices: Choice[]): ApplicationCommandOptionChoiceData<string>[] {
  return choices
    .filter((c) => c.name.trim() && c.value.trim())
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: cut(c.name, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
}
