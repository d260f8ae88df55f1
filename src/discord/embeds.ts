import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { AnswerResult, SourceRef } from '../model/answer.js';
import { Budget, LIMITS, cut, marked, plain } from './limits.js';

/**
 * The pieces every Discord renderer shares: the message as plain data, render options, the
 * colours, one cited result as an embed, and lists that end in "…and N more" instead of a cut.
 */

/** A drawn chart to attach, or why there is none. */
export type ChartAttachment = { name: string; data: Buffer; description: string } | { failed: string };

/** A message as plain data: what a reply, an edit or a button update sends. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
  /** Files to upload with the message (a chart's PNG), referenced from embeds as `attachment://name`. */
  files?: Array<{ name: string; data: Buffer; description: string }>;
}

export interface RenderOptions {
  /** Zero-based page of results. */
  page?: number;
  /** Corpus stamp carried by buttons, so they can tell when they have gone stale. */
  stamp: string;
  /** The command's arguments as typed, carried by "More results" to re-run the query. */
  args?: string[];
  /** Looks up an article by id, to title the "Also in" list. */
  article?: (id: string) => SourceRef | undefined;
  /** A chart answer's drawn image, or why it could not be drawn (see render-chart.ts). */
  chart?: ChartAttachment;
}

export const COLOR = { answer: 0x3b82f6, differ: 0xf59e0b, info: 0x64748b, ok: 0x22c55e, failed: 0xef4444 } as const;

export function resultEmbed(
  r: AnswerResult,
  n: number,
  total: number,
  share: number,
  differ: boolean | undefined,
  article: RenderOptions['article'],
  budget: Budget,
): APIEmbed {
  const local = new Budget(share);
  const title = local.spend(r.kind === 'quote' ? `“${plain(r.text, LIMITS.title - 2)}”` : plain(r.text, LIMITS.title));
  const footer = local.spend(cut(`${r.source.id} · chars ${r.passage.start}–${r.passage.end}${total > 1 ? ` · result ${n} of ${total}` : ''}`, LIMITS.footer));
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string, inline = false): void => {
    if (!value) return;
    fields.push({ name: local.spend(name), value: local.spend(value), inline });
  };
  if (r.kind === 'quote') {
    field('Speaker', plain(r.speaker ?? 'Unattributed', 200), true);
    if (r.cue) field('Cue', plain(r.cue, 100), true);
  }
  field('Source', sourceLine(r.source, 400));
  if (r.alsoIn.length) {
    // Reserve room for the passage first: it is the citation, "Also in" is a courtesy.
    const room = local.room(LIMITS.fieldValue) - Math.min(600, local.remaining / 2);
    field(
      `Also in (${r.alsoIn.length})`,
      listWithin(
        r.alsoIn.map((id) => `• ${sourceLine(article?.(id) ?? { id, title: id, date: null }, 200)}`),
        Math.max(60, room),
      ),
    );
  }
  const description = local.spend(`> ${marked(r.passage.text.trim(), shiftMarks(r), Math.max(40, local.room(LIMITS.description) - 2))}`);
  const embed: APIEmbed = { title, description, fields, footer: { text: footer }, color: differ ? COLOR.differ : COLOR.answer };
  budget.spend(title + description + footer + fields.map((f) => f.name + f.value).join(''));
  return embed;
}

/** Highlights are relative to the untrimmed passage; trimming the start moves them. */
export function shiftMarks(r: AnswerResult): Array<{ start: number; end: number }> {
  const lead = r.passage.text.length - r.passage.text.trimStart().length;
  return (r.highlights ?? []).map((h) => ({ start: h.start - lead, end: h.end - lead }));
}

/** `**Title** · date · outlet` within `max` (at least 130): the metadata is short, the title gets the rest. */
export function sourceLine(s: SourceRef, max: number): string {
  const meta = [s.date && plain(s.date, 20), s.outlet && plain(s.outlet, 80)].filter(Boolean).join(' · ');
  const tail = meta ? ` · ${meta}` : '';
  return `**${plain(s.title, Math.max(20, max - tail.length - 4))}**${tail}`;
}

/** One line per item; what does not fit becomes "…and N more" rather than a cut mid-line. */
export function listWithin(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? `\n…and ${rest} more`.length : 0;
    if (used + line.length + 1 + tail > max) {
      const more = `…and ${lines.length - i} more`;
      return cut(out.length ? `${out.join('\n')}\n${more}` : more, max);
    }
    out.push(line);
    used += line.length + 1;
  }
  return cut(out.join('\n'), max);
}
