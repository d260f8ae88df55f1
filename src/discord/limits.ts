import { escapeMarkdown } from 'discord.js';

/** Discord rejects a whole message when any one of these is exceeded, so we cut instead. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
} as const;

const ELLIPSIS = '…';

/** Corpus text on one line: passages are cited inline, and stray newlines would break quoting. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` within `max` characters, cut at a word with an ellipsis when it is longer. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  // Only back up to a word when that keeps most of the text; one huge "word" is cut hard.
  if (space > max * 0.6) head = head.slice(0, space);
  return `${safeEnd(head.trimEnd())}${ELLIPSIS}`;
}

/** Drops what a cut may leave dangling: half a surrogate pair, or a lone escaping backslash. */
function safeEnd(s: string): string {
  let out = s;
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (slashes % 2 === 1) out = out.slice(0, -1);
  return out;
}

/** Corpus or user text made inert for Discord markdown (mentions are handled by allowedMentions). */
export function escape(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Escaped, flattened and cut: the usual treatment for a piece of corpus text. */
export function plain(text: string, max: number): string {
  const flat = flatten(text);
  let out = escape(flat);
  if (out.length <= max) return out;
  // Cut the raw text, then escape, so a cut never splits an escape sequence.
  let room = max;
  while (room > 0) {
    out = escape(cut(flat, room));
    if (out.length <= max) return out;
    room -= Math.max(1, out.length - max);
  }
  return '';
}

export interface Mark {
  start: number;
  end: number;
}

/**
 * A passage with its marked spans in bold, escaped, on one line and within `max`.
 * Built segment by segment so a cut never leaves an unclosed `**`.
 */
export function marked(text: string, highlights: readonly Mark[], max: number): string {
  if (max < 2) return '';
  const segments = segment(text, highlights);
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const { text: raw, bold } = segments[i];
    const whole = wrap(escape(raw), bold);
    const last = i === segments.length - 1;
    if (out.length + whole.length <= (last ? max : max - 1)) {
      out += whole;
      continue;
    }
    // Room for this segment's share, its ** pair, and one closing ellipsis.
    const room = max - 1 - out.length - (bold ? 4 : 0);
    const part = room > 1 ? plain(raw, room) : '';
    const body = part.endsWith(ELLIPSIS) ? part.slice(0, -1).trimEnd() : part;
    return `${(out + (body ? wrap(body, bold) : '')).trimEnd()}${ELLIPSIS}`;
  }
  return out;
}

function wrap(s: string, bold: boolean): string {
  return bold && s.trim() ? `**${s}**` : s;
}

function segment(text: string, highlights: readonly Mark[]): Array<{ text: string; bold: boolean }> {
  const spans = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const out: Array<{ text: string; bold: boolean }> = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), bold: false });
    out.push({ text: text.slice(start, end), bold: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), bold: false });
  // Flatten per segment but keep the single spaces at the joins.
  return out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })).filter((s) => s.text.length > 0);
}

export function embedLength(embed: {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Spends a shared character budget (6000 per message) across the parts of embeds. */
export class Budget {
  constructor(private left: number) {}

  get remaining(): number {
    return this.left;
  }

  /** Reserves up to `limit` characters, returning how many may be used. */
  room(limit: number): number {
    return Math.max(0, Math.min(limit, this.left));
  }

  spend(s: string): string {
    this.left -= s.length;
    return s;
  }
}
