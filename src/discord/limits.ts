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

/**
 * Corpus or user text made inert for Discord markdown (mentions are handled by allowedMentions).
 * discord.js's patterns look back to the start of the line for every `_` and `*`, so the cost
 * grows with the square of the input: callers pass only what fits a field (see `plain`).
 */
export function escapeField(text: string): string {
  const out = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return out.replace(CUT_LINK, '$1$2\\[');
}

/**
 * discord.js escapes a masked link only when it is whole; a cut can leave `[words](http…`, which
 * text after it in the same message could close. Its opening bracket is escaped as well.
 */
const CUT_LINK = /(^|[^\\])((?:\\\\)*)\[(?=[^\]]*\]\()/g;

const TOKEN = /\s{1,1024}|\S{1,1024}/y;

/**
 * The shortest start of `text` whose flattened form has at least `n` characters (the whole text
 * when shorter), found without reading further: the cost follows `n`, not the text's length.
 */
export function head(text: string, n: number): string {
  let seen = 0;
  let space = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (/\s/.test(m[0][0])) {
      space = seen > 0;
      continue;
    }
    if (space) seen++;
    space = false;
    // At least one character of this word, so a flattened result never ends on the space before it.
    if (seen + m[0].length >= n) return text.slice(0, m.index + Math.max(1, n - seen));
    seen += m[0].length;
  }
  return text;
}

/**
 * Escaped, flattened and cut within `max`: the usual treatment for a piece of corpus text.
 * The text is cut before it is escaped, so the escaper never sees more than `max` characters and
 * no escape is split; escaping can lengthen it, so it is cut shorter until the result fits.
 */
export function plain(text: string, max: number): string {
  if (max <= 0) return '';
  const flat = flatten(head(text, max + 1));
  let room = max;
  while (room > 0) {
    const out = escapeField(cut(flat, room));
    if (out.length <= max) return out;
    // Shrink in proportion: text that is mostly escapes needs about half the room, not a step.
    room = Math.min(room - 1, Math.floor((room * max) / out.length));
  }
  return '';
}

export interface Mark {
  start: number;
  end: number;
}

/**
 * A passage with its marked spans in bold, escaped, on one line and within `max`.
 * Built segment by segment so a cut never leaves an unclosed `**`; only the start of the passage
 * that can be shown is segmented and escaped, whatever its length.
 */
export function marked(text: string, highlights: readonly Mark[], max: number): string {
  if (max < 2) return '';
  const segments = segment(head(text, max + 1), highlights);
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const { text: raw, bold } = segments[i];
    const fits = (i === segments.length - 1 ? max : max - 1) - out.length;
    // Escaping never shortens, so a segment longer than the room left is cut without trying it whole.
    const whole = raw.length <= fits ? wrap(escapeField(raw), bold) : null;
    if (whole !== null && whole.length <= fits) {
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
