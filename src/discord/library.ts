import type { APIEmbed, APIEmbedField, Attachment, ChatInputCommandInteraction } from 'discord.js';
import { safeFetch } from '../corpus/import/fetch.js';
import { ImportRefused, type FetchPolicy, type ImportInput } from '../corpus/import/index.js';
import type { AddProgress, AddReport, RemoveReport } from '../service/library.js';
import { LIMITS, cut, plain } from './limits.js';
import { notice, type DiscordMessage } from './render.js';
import { canReindex, type Verdict } from './permissions.js';
import { send } from './reply.js';
import type { BotContext } from './types.js';

/**
 * /addsource and /removesource: who may run them (the /reindex rule), fetching an attachment,
 * and the deferred reply edited as the work goes on.
 */
export const LIBRARY_MESSAGES = {
  notModerator: 'Only moderators can add or remove sources: it needs the Manage Server permission or a reindex role.',
  guildOnly: 'Sources can only be added or removed inside a server.',
  usage: 'Give either a link (`url:`) or an attached file (`file:`), not both.',
} as const;

/** Refuses (and says so) anyone who may not run /reindex; the verdict for the log. */
export async function checkModerator(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Verdict> {
  const verdict = canReindex(
    { inGuild: interaction.inGuild(), permissions: interaction.memberPermissions?.bitfield ?? null, roleIds: roleIds(interaction) },
    ctx.config.reindexRoleIds,
  );
  if (!verdict.allowed) await send(interaction, notice(verdict.reason === 'guild-only' ? LIBRARY_MESSAGES.guildOnly : LIBRARY_MESSAGES.notModerator));
  return verdict;
}

function roleIds(interaction: ChatInputCommandInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * An attachment's bytes, its size checked from what Discord declares before anything is
 * downloaded, then fetched under the same rules as any link (the size cap holds while it streams).
 */
export async function attachmentInput(file: Pick<Attachment, 'name' | 'size' | 'url' | 'contentType'>, policy: FetchPolicy): Promise<ImportInput> {
  if (file.size > policy.maxBytes)
    throw new ImportRefused(`${file.name} is ${mb(file.size)}; files over ${mb(policy.maxBytes)} are not accepted.`, 'too-large');
  const fetched = await safeFetch(file.url, policy, ['html', 'text', 'pdf']);
  return { kind: 'file', name: file.name, bytes: fetched.bytes, contentType: file.contentType ?? undefined };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** At most one edit per this many milliseconds: Discord rate-limits edits, and people read slower. */
export const EDIT_EVERY_MS = 3000;

/**
 * Edits a deferred reply with the latest progress line, at most every EDIT_EVERY_MS: a line that
 * comes sooner waits, and only the newest waiting line is sent. `finish` sends the final message
 * after any edit in flight, so a late progress line never overwrites the result.
 */
export class ProgressReply {
  private lastAt = 0;
  private pending: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private finished = false;

  /** `quietFirst`: no edit before the first EDIT_EVERY_MS, so short work shows only its result. */
  constructor(
    private readonly interaction: ChatInputCommandInteraction,
    options: { quietFirst?: boolean; everyMs?: number } = {},
  ) {
    this.everyMs = options.everyMs ?? EDIT_EVERY_MS;
    if (options.quietFirst) this.lastAt = Date.now();
  }

  private readonly everyMs: number;

  update(line: string): void {
    if (this.finished) return;
    this.pending = line;
    const wait = this.lastAt + this.everyMs - Date.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  async finish(msg: DiscordMessage): Promise<void> {
    this.finished = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
    // Always an edit of the deferred (private) reply: after a progress edit discord.js counts the
    // interaction as replied, and send() would post a second message instead.
    await this.interaction.editReply({ content: msg.content ?? '', embeds: msg.embeds, components: msg.components });
  }

  private flush(): void {
    this.timer = null;
    const line = this.pending;
    if (line === null || this.finished) return;
    this.pending = null;
    this.lastAt = Date.now();
    // A failed progress edit is cosmetic; the final message is what matters.
    this.inFlight = this.inFlight.then(() =>
      this.interaction.editReply({ content: cut(line, LIMITS.content) }).then(
        () => undefined,
        () => undefined,
      ),
    );
  }
}

/** One line per step: fetched → extracted → indexed, with counts. */
export function progressLine(p: AddProgress): string {
  switch (p.step) {
    case 'fetching':
      return `⏳ Fetching ${plain(p.source, 300)}…`;
    case 'fetched':
      return `📄 Fetched “${plain(p.title, 200)}” (${p.chars.toLocaleString('en')} characters). Writing it to the corpus…`;
    case 'written':
      return `🗂️ Saved as \`${p.id}\`${p.status === 'updated' ? ' (replacing the earlier version from the same link)' : ''}. Extracting…`;
    case 'extracting':
      return `🔎 Extracting quotations and facts: ${p.done}/${p.total} article${p.total === 1 ? '' : 's'}…`;
    case 'indexed':
      return `✅ Indexed: ${p.counts.articles} articles, ${p.counts.quotes} quotations, ${p.counts.facts} facts.`;
  }
}

export function reindexProgressLine(done: number, total: number): string {
  return `🔎 Reindexing: ${done}/${total} changed article${total === 1 ? '' : 's'} extracted…`;
}

const COLOR = { ok: 0x22c55e, failed: 0xef4444 } as const;

export function renderAdded(report: AddReport): DiscordMessage {
  if (!report.ok) return refusal('Source not added', report.refused);
  const a = report.added;
  const fields: APIEmbedField[] = [
    { name: 'Date', value: a.date ?? 'unknown', inline: true },
    { name: 'Outlet', value: a.outlet ? plain(a.outlet, 200) : 'unknown', inline: true },
    { name: 'Found', value: `${a.quotes} quotation${a.quotes === 1 ? '' : 's'}, ${a.facts} fact${a.facts === 1 ? '' : 's'}`, inline: true },
    { name: 'Id', value: `\`${a.id}\``, inline: false },
  ];
  if (report.warnings.length) fields.push({ name: 'Notes', value: cut(report.warnings.map((w) => `• ${plain(w, 300)}`).join('\n'), LIMITS.fieldValue) });
  if (report.notice) fields.push({ name: 'Note', value: plain(report.notice, LIMITS.fieldValue) });
  const verb = a.status === 'added' ? 'Added' : a.status === 'updated' ? 'Updated' : 'Already up to date';
  const embed: APIEmbed = { title: cut(`${verb}: ${plain(a.title, LIMITS.title)}`, LIMITS.title), fields, color: COLOR.ok };
  if (a.url) embed.url = a.url;
  return { embeds: [embed], components: [], ephemeral: true };
}

export function renderRemoved(report: RemoveReport): DiscordMessage {
  if (!report.ok) return refusal('Source not removed', report.refused);
  const r = report.removed;
  const meta = [r.date, r.outlet && plain(r.outlet, 100)].filter(Boolean).join(' · ');
  const lines = [`\`${r.id}\` is no longer in the coverage.`, meta, report.notice && plain(report.notice, 1000)].filter(Boolean);
  return {
    embeds: [{ title: cut(`Removed: ${plain(r.title, LIMITS.title)}`, LIMITS.title), description: lines.join('\n'), color: COLOR.ok }],
    components: [],
    ephemeral: true,
  };
}

function refusal(title: string, reason: string): DiscordMessage {
  return { embeds: [{ title, description: `${plain(reason, 2000)}\nNothing was changed.`, color: COLOR.failed }], components: [], ephemeral: true };
}
