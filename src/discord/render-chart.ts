import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer } from '../model/answer.js';
import { chartLines } from '../chart/table.js';
import { Budget, LIMITS, cut, plain } from './limits.js';
import { listWithin, resultEmbed, type ChartAttachment, type DiscordMessage, type RenderOptions } from './embeds.js';

export type { ChartAttachment } from './embeds.js';

/** Rows of the chart listed under the image; the full series is in the JSON face. */
const LISTED_ROWS = 16;
const COLOR = { chart: 0x0072b2, differ: 0xf59e0b } as const;

/**
 * /speaker, /speakers, /timeline: one embed with the chart's image (attached, referenced as
 * `attachment://…`) and its numbers as text, then the cited quotations or differing values.
 * Without an image the numbers stand alone, with a note saying why.
 */
export function renderChartAnswer(answer: Answer, options: RenderOptions, attachment?: ChartAttachment): DiscordMessage {
  const budget = new Budget(LIMITS.embedTotal);
  const lines: string[] = [];
  if (answer.message) lines.push(plain(answer.message, 600));
  const note = attachment && 'failed' in attachment ? attachment.failed : null;
  if (note) lines.push(`-# ${plain(note, 300)}`);
  const fields: APIEmbedField[] = answer.profile ? profileFields(answer) : [];
  const rows = answer.chart ? chartLines(answer.chart) : [];
  if (rows.length) {
    const shown = rows.slice(0, LISTED_ROWS).map((r) => plain(r, 200));
    const more = rows.length - shown.length;
    const value = listWithin(more > 0 ? [...shown, `…and ${more} more (the JSON face has them all)`] : shown, LIMITS.fieldValue);
    const name = answer.profile ? `Quoted on (${answer.chart?.measure})` : answer.chart?.kind === 'bars' ? `${answer.chart.measure} (top rows)` : 'per period';
    fields.push({ name, value });
  }
  const main: APIEmbed = {
    title: plain(answer.answer ?? answer.chart?.title ?? answer.query, LIMITS.title),
    description: cut(lines.join('\n'), LIMITS.description),
    fields: fields.slice(0, LIMITS.fields),
    color: answer.sourcesDiffer ? COLOR.differ : COLOR.chart,
  };
  const file = attachment && !('failed' in attachment) ? attachment : null;
  if (file) main.image = { url: `attachment://${file.name}` };
  if (answer.chart) main.footer = { text: cut(answer.chart.title, LIMITS.footer) };
  budget.spend(JSON.stringify(main));
  const cited = answer.results.slice(0, 3);
  const embeds = [
    main,
    ...cited.map((r, i) =>
      resultEmbed(r, i + 1, cited.length, Math.floor(budget.remaining / (cited.length - i)), answer.sourcesDiffer, options.article, budget),
    ),
  ];
  return { embeds, components: [], ephemeral: false, files: file ? [file] : undefined };
}

function profileFields(answer: Answer): APIEmbedField[] {
  const p = answer.profile;
  if (!p) return [];
  const out: APIEmbedField[] = [];
  if (p.descriptions.length)
    out.push({
      name: 'Described as',
      value: listWithin(
        p.descriptions.slice(0, 8).map((d) => `• ${plain(d, 150)}`),
        LIMITS.fieldValue,
      ),
    });
  out.push({ name: 'Quotations', value: `${p.quotations} in ${p.articles} article${p.articles === 1 ? '' : 's'}`, inline: true });
  if (p.first) out.push({ name: 'Dates', value: p.first === p.last ? p.first : `${p.first} – ${p.last}`, inline: true });
  if (p.outlets.length)
    out.push({ name: `Outlets (${p.outlets.length})`, value: cut(p.outlets.map((o) => plain(o, 80)).join(', '), LIMITS.fieldValue), inline: true });
  if (answer.results.length) out.push({ name: 'Most-carried quotations', value: 'Below, the ones the most articles carry first.' });
  return out;
}
