import { COMMAND_TABLE, type ArgSpec } from '../answer/commands.js';
import { chartWorker } from '../chart/off-thread.js';
import { altText } from '../chart/table.js';
import type { Answer } from '../model/answer.js';
import type { ChartAttachment } from './render-chart.js';
import { renderAnswer } from './render.js';
import { renderOptions, send, toChoices } from './reply.js';
import { optionValues, slashData } from './builders.js';
import type { BotContext, Command } from './types.js';

export type ChartName = 'speaker' | 'speakers' | 'timeline';

/**
 * A command whose answer carries a chart: the core answers, the chart is drawn to a PNG and
 * attached. A chart that cannot be drawn costs the picture, never the answer: the numbers are
 * sent as text with a note.
 */
export function chartCommand(name: ChartName): Command {
  const args: readonly ArgSpec[] = COMMAND_TABLE[name].args;
  return {
    data: slashData(name),
    cooldown: true,
    async execute(interaction, ctx) {
      const values = optionValues(interaction, args);
      // Acknowledged at once: counting a topic's quotations grows with the corpus, and the picture
      // goes with an edit (in HTTP interactions mode the first response is an HTTP body, JSON only).
      if (!interaction.deferred && !interaction.replied) await interaction.deferReply();
      const answer = await answerSliced(name, values, ctx);
      const chart = await drawChart(answer, name, ctx);
      await send(interaction, renderAnswer(answer, { ...renderOptions(ctx, values), chart }));
      return { found: answer.found, results: answer.results.length, chart: chart ? ('failed' in chart ? 'failed' : 'attached') : 'none' };
    },
    async autocomplete(interaction, ctx) {
      const focused = interaction.options.getFocused(true);
      const arg = args.find((a) => a.name === focused.name);
      await interaction.respond(toChoices(arg?.suggest === 'speakers' ? await ctx.service.suggestAsync('speakers', focused.value) : []));
    },
  };
}

/** The table's stepwise answer where it has one, run in slices: other interactions are answered in between. */
function answerSliced(name: ChartName, values: string[], ctx: BotContext): Promise<Answer> {
  return ctx.service.answerSliced(name, values);
}

async function drawChart(answer: Answer, name: ChartName, ctx: BotContext): Promise<ChartAttachment | undefined> {
  if (!answer.found || !answer.chart) return undefined;
  try {
    // Drawn on the chart worker: the layout is JavaScript the interactions' thread should not spend.
    const image = await chartWorker.render(answer.chart);
    return { name: `${name}.png`, data: image.png, description: altText(answer.chart) };
  } catch (err) {
    ctx.logger.warn({ err, command: name }, 'chart could not be drawn; sent its numbers as text');
    return { failed: 'The chart could not be drawn this time; here are its numbers.' };
  }
}
