import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { LoadWarning } from '../model/article.js';
import { isSidecarWarning } from '../corpus/load.js';
import type { ReindexReport } from '../service/coverage.js';
import { COMMAND_ROWS } from '../answer/commands.js';
import { Budget, LIMITS, cut, marked, plain } from './limits.js';
import { contextId, pageId, type PagedCommand } from './components.js';
import { renderChartAnswer } from './render-chart.js';
import { COLOR, listWithin, resultEmbed, shiftMarks, sourceLine, type DiscordMessage, type RenderOptions } from './embeds.js';

export type { ChartAttachment, DiscordMessage, RenderOptions } from './embeds.js';
export { listWithin } from './embeds.js';

export const PAGE_SIZE = 3;
export const SOURCES_PAGE_SIZE = 10;

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
