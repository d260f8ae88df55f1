import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { LoadWarning } from '../model/article.js';
import { isSidecarWarning } from '../corpus/load.js';
import type { ReindexReport } from '../service/coverage.js';
import { COMMAND_ROWS } from '../answer/commands.js';
import { Budget, LIMITS, cut, marked, plain } from './limits.js';
import { contextId, pageId, type PagedCommand } from './components.js';
import { renderChartAnswer, type ChartAttachment } from './render-chart.js';

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

export const PAGE_SIZE = 3;
export const SOURCES_PAGE_SIZE = 10;
const COLOR = { answer: 0x3b82f6, differ: 0xf59e0b, info: 0x64748b, ok: 0x22c55e, failed: 0xef4444 } as const;

/** Any Answer as a Discord message: a cited page of results, or an ephemeral "not found". */
export function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
  if (answer.command === 'help') return renderHelp(answer);
  if (!answer.found) return renderNotFound(answer);
  if (answer.command === 'sources') return renderSources(answer, options);
  if (answer.chart || answer.profile) return renderChartAnswer(answer, options, options.chart);
  return renderResults(answer, options);
}

export function renderNotFound(answer: Answer): DiscordMessage {
  const lines = [plain(answer.message ?? 'Nothing in the coverage matches that.', 1500)];
  const tips = [...new Set(answer.suggestions ?? [])].slice(0, 3);
  if (tips.length) lines.push(`Did you mean: ${tips.map((s) => `“${plain(s, 150)}”`).join(' · ')}`);
  return { content: cut(lines.join('\n'), LIMITS.content), embeds: [], components: [], ephemeral: true };
}

function renderResults(answer: Answer, options: RenderOptions): DiscordMessage {
  const pages = Math.max(1, Math.ceil(answer.results.length / PAGE_SIZE));
  const page = clampPage(options.page ?? 0, pages);
  const shown = answer.results.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const budget = new Budget(LIMITS.embedTotal);
  const embeds = shown.map((r, i) => {
    const share = Math.floor(budget.remaining / (shown.length - i));
    return resultEmbed(r, page * PAGE_SIZE + i + 1, answer.results.length, share, answer.sourcesDiffer, options.article, budget);
  });
  const buttons = [
    ...shown.flatMap((r, i) => contextButton(r, page * PAGE_SIZE + i + 1, options.stamp)),
    ...pageButtons(answer.command as PagedCommand, page, pages, options),
  ];
  return { content: headline(answer, page, pages), embeds, components: rows(buttons), ephemeral: false };
}

function headline(answer: Answer, page: number, pages: number): string {
  const q = plain(answer.query, 200);
  const a = plain(answer.answer ?? '', 300);
  const lead = answer.command === 'whosaid' ? `Who said “${q}”? **${a}**` : answer.command === 'quote' ? `**${a}** on “${q}”` : `**${a}**`;
  const lines = [lead];
  if (answer.sourcesDiffer) lines.push('⚠️ The sources differ on this; each value is shown with its source.');
  if (answer.message) lines.push(plain(answer.message, 500));
  if (pages > 1) lines.push(`-# Page ${page + 1} of ${pages}`);
  return cut(lines.join('\n'), LIMITS.content);
}

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
function shiftMarks(r: AnswerResult): Array<{ start: number; end: number }> {
  const lead = r.passage.text.length - r.passage.text.trimStart().length;
  return (r.highlights ?? []).map((h) => ({ start: h.start - lead, end: h.end - lead }));
}

/** `**Title** · date · outlet` within `max` (at least 130): the metadata is short, the title gets the rest. */
function sourceLine(s: SourceRef, max: number): string {
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

function contextButton(r: AnswerResult, n: number, stamp: string): APIButtonComponent[] {
  const id = r.recordId ? contextId(r.recordId, stamp) : null;
  return id ? [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: id, label: `Show context ${n}` }] : [];
}

function pageButtons(command: PagedCommand, page: number, pages: number, options: RenderOptions): APIButtonComponent[] {
  const out: APIButtonComponent[] = [];
  const make = (to: number, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): void => {
    const id = pageId(command, to, options.stamp, options.args ?? []);
    if (id) out.push({ type: ComponentType.Button, style, custom_id: id, label });
  };
  if (page > 0) make(page - 1, 'Previous', ButtonStyle.Secondary);
  if (page < pages - 1) make(page + 1, 'More results', ButtonStyle.Primary);
  return out;
}

function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const out: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && out.length < 5; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.floor(page)), pages - 1);
}

function renderSources(answer: Answer, options: RenderOptions): DiscordMessage {
  const pages = Math.max(1, Math.ceil(answer.results.length / SOURCES_PAGE_SIZE));
  const page = clampPage(options.page ?? 0, pages);
  const shown = answer.results.slice(page * SOURCES_PAGE_SIZE, (page + 1) * SOURCES_PAGE_SIZE);
  const lines = shown.map((r, i) => {
    const counts = r.counts ? ` — ${r.counts.quotes} quote${r.counts.quotes === 1 ? '' : 's'}, ${r.counts.facts} fact${r.counts.facts === 1 ? '' : 's'}` : '';
    return `${page * SOURCES_PAGE_SIZE + i + 1}. ${sourceLine(r.source, 300)}${linkOf(r.source)}${counts}`;
  });
  const embed: APIEmbed = {
    title: plain(answer.answer ?? 'Indexed articles', LIMITS.title),
    description: listWithin(lines, LIMITS.description),
    footer: { text: pages > 1 ? `Page ${page + 1} of ${pages}` : 'Every answer cites one of these articles.' },
    color: COLOR.info,
  };
  return { embeds: [embed], components: rows(pageButtons('sources', page, pages, options)), ephemeral: false };
}

/**
 * ` · [link](url)` for an article that came from the web. The link is corpus data: only an
 * http(s) address, and the characters that could end the markdown link early are escaped.
 */
function linkOf(s: SourceRef): string {
  if (!s.url || !/^https?:\/\/[^\s<>]+$/i.test(s.url) || s.url.length > 500) return '';
  return ` · [link](${s.url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}

export function renderHelp(answer: Answer): DiscordMessage {
  const fields = COMMAND_ROWS.map((c) => ({
    name: cut(`${c.usage}${c.moderatorOnly ? ' (moderators)' : ''}`, LIMITS.fieldName),
    value: cut(c.summary, LIMITS.fieldValue),
  }));
  const embed: APIEmbed = {
    title: 'How to ask',
    // The examples come from the live index, so they are corpus text: escaped like any other.
    description: cut([answer.answer ?? '', answer.message ? plain(answer.message, 1500) : ''].filter(Boolean).join('\n\n'), LIMITS.description),
    fields: fields.slice(0, LIMITS.fields),
    footer: { text: 'Answers quote the articles verbatim; matched words are in bold.' },
    color: COLOR.info,
  };
  return { embeds: [embed], components: [], ephemeral: false };
}

/** "Show context": the paragraph around a result, with the cited passage in bold. */
export function renderContext(r: AnswerResult | null): DiscordMessage {
  if (!r) return notice('That passage is no longer in the index. Run the command again for fresh results.');
  const embed: APIEmbed = {
    title: `Context · ${plain(r.source.title, LIMITS.title - 'Context · '.length)}`,
    description: marked(r.passage.text.trim(), shiftMarks(r), LIMITS.description),
    fields: [{ name: 'Source', value: sourceLine(r.source, 400) }],
    footer: { text: cut(`${r.source.id} · chars ${r.passage.start}–${r.passage.end}`, LIMITS.footer) },
    color: COLOR.info,
  };
  return { embeds: [embed], components: [], ephemeral: true };
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n === 0 ? '±0' : `${n}`);

export function renderReindex(r: ReindexReport): DiscordMessage {
  if (r.busy) return notice(r.error ?? 'A reindex is already running; try again when it has finished.');
  const fields: APIEmbedField[] = [];
  const list = (name: string, items: string[]): void => {
    if (items.length)
      fields.push({
        name: `${name} (${items.length})`,
        value: listWithin(
          items.map((s) => `• ${plain(s, 300)}`),
          LIMITS.fieldValue,
        ),
      });
  };
  if (r.ok) {
    const c = r.counts;
    const d = r.delta;
    fields.push(
      { name: 'Articles', value: `${c.articles} (${signed(d.articles)})`, inline: true },
      { name: 'Quotes', value: `${c.quotes} (${signed(d.quotes)})`, inline: true },
      { name: 'Facts', value: `${c.facts} (${signed(d.facts)})`, inline: true },
      { name: 'Speakers', value: `${c.speakers} (${signed(d.speakers)})`, inline: true },
    );
    list('Added', d.added);
    list('Changed', d.changed);
    list('Removed', d.removed);
  }
  const line = (w: LoadWarning): string => `${w.file}: ${w.reason}`;
  list('Skipped files', r.warnings.filter((w) => !isSidecarWarning(w)).map(line));
  list('Sidecar warnings', r.warnings.filter(isSidecarWarning).map(line));
  if (r.notice) fields.push({ name: 'Note', value: plain(r.notice, LIMITS.fieldValue) });
  const embed: APIEmbed = r.ok
    ? { title: `Reindexed in ${(r.durationMs / 1000).toFixed(1)} s`, description: 'The new index is live.', fields, color: COLOR.ok }
    : {
        title: 'Reindex failed',
        description: `${plain(r.error ?? 'Unknown error.', 2000)}\nThe previous index is still answering.`,
        fields,
        color: COLOR.failed,
      };
  return { embeds: [embed], components: [], ephemeral: true };
}

/** A short ephemeral line: cooldowns, refusals, apologies, stale buttons. */
export function notice(text: string): DiscordMessage {
  return { content: cut(text, LIMITS.content), embeds: [], components: [], ephemeral: true };
}

export const MESSAGES = {
  error: 'Sorry, something went wrong while answering that. It has been logged; please try again in a moment.',
  staleButton: 'These results come from an older index (the articles changed since). Run the command again for fresh results.',
  unknownButton: 'This button is no longer supported. Run the command again.',
  unknownCommand: 'This command is no longer supported. Type / to see the current ones.',
  notModerator: 'Only moderators can run /reindex: it needs the Manage Server permission or a reindex role.',
  guildOnly: '/reindex only works inside a server.',
  cooldown: (seconds: number): string => `You're asking quickly. Try again in ${seconds.toFixed(1)} s.`,
} as const;
