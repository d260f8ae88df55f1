import type { Answer, AnswerResult } from '../model/answer.js';
import { COMMAND_ROWS } from '../answer/commands.js';
import { chartText } from './chart-text.js';

export interface TextStyle {
  /** Wraps the marked words of a passage; plain text uses «…», a TTY bold. */
  mark: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

export const PLAIN: TextStyle = { mark: (s) => `«${s}»`, dim: (s) => s, bold: (s) => s };
export const ANSI: TextStyle = {
  mark: (s) => `\x1b[1;33m${s}\x1b[0m`,
  dim: (s) => `\x1b[2m${s}\x1b[0m`,
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
};

/** Results shown at a time; the console's /more and /prev move through the rest. */
export const TEXT_PAGE = 5;

/** Renders an Answer for a terminal: the answer line, then one page of results with their citations. */
export function renderText(answer: Answer, style: TextStyle = PLAIN, page = 0): string {
  if (answer.command === 'help') return renderHelp(answer, style);
  const lines: string[] = [];
  if (!answer.found) {
    lines.push(answer.message ?? 'Nothing found.');
    if (answer.suggestions?.length) lines.push(`Did you mean: ${answer.suggestions.map((s) => `“${s}”`).join(' · ')}`);
    return lines.join('\n');
  }
  if (answer.answer) lines.push(style.bold(answer.answer));
  if (answer.sourcesDiffer) lines.push('⚠ The sources differ on this; each value is shown with its source.');
  if (answer.message) lines.push(answer.message);
  if (answer.chart || answer.profile) lines.push(...chartText(answer));
  if (answer.command === 'sources') {
    answer.results.forEach((r, i) => lines.push('', renderResult(r, i + 1, style)));
    return lines.join('\n');
  }
  const first = Math.min(Math.max(0, page), pageCount(answer) - 1) * TEXT_PAGE;
  answer.results.slice(first, first + TEXT_PAGE).forEach((r, i) => lines.push('', renderResult(r, first + i + 1, style)));
  const more = answer.results.length - first - TEXT_PAGE;
  if (more > 0) lines.push('', style.dim(`… and ${more} more. Type /more for the next ${Math.min(more, TEXT_PAGE)}.`));
  else if (first > 0) lines.push('', style.dim('That is all. Type /prev to go back.'));
  return lines.join('\n');
}

/** How many pages of results an answer has in the terminal (at least one). */
export function pageCount(answer: Answer): number {
  return answer.command === 'sources' ? 1 : Math.max(1, Math.ceil(answer.results.length / TEXT_PAGE));
}

function renderResult(r: AnswerResult, n: number, style: TextStyle): string {
  const cite = citation(r);
  if (r.kind === 'article') {
    const c = r.counts ? ` — ${r.counts.quotes} quotes, ${r.counts.facts} facts` : '';
    // Outlet and link when the article has them (added from the web); none of it otherwise.
    const meta = [r.source.id, r.source.date, r.source.outlet].filter(Boolean).join(', ');
    const link = r.source.url ? `\n   ${style.dim(r.source.url)}` : '';
    return `${n}. ${style.bold(r.text)}${style.dim(` [${meta}]`)}${c}${link}`;
  }
  const head = r.kind === 'quote' ? `${n}. “${r.text}” — ${r.speaker ?? 'unattributed'}${r.cue ? ` (${r.cue})` : ''}` : `${n}. ${r.text}${resolved(r)}`;
  const also = r.alsoIn.length ? `\n   Also in: ${r.alsoIn.join(', ')}` : '';
  return `${style.bold(head)}\n   ${style.dim(cite)}\n   > ${markPassage(r, style)}${also}`;
}

/** "that same day (2017-01-28)": what a relative value was read as, when it differs from the words. */
export function resolved(r: AnswerResult): string {
  const v = r.values?.[0];
  if (v?.type !== 'date' || typeof v.normalized !== 'string') return '';
  return v.normalized !== r.text && /^\d{4}/.test(v.normalized) ? ` (${v.normalized})` : '';
}

export function citation(r: AnswerResult): string {
  const date = r.source.date ? `, ${r.source.date}` : '';
  return `Source: ${r.source.title} [${r.source.id}${date}] chars ${r.passage.start}–${r.passage.end}`;
}

/** The passage on one line with its highlighted spans wrapped by `style.mark`. */
export function markPassage(r: Pick<AnswerResult, 'passage' | 'highlights'>, style: TextStyle): string {
  const text = r.passage.text;
  const spans = [...(r.highlights ?? [])].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + style.mark(text.slice(s.start, s.end));
    at = s.end;
  }
  return (out + text.slice(at)).replace(/\s*\n\s*/g, ' ');
}

function renderHelp(answer: Answer, style: TextStyle): string {
  const rows = COMMAND_ROWS.map((c) => `  ${style.bold(c.usage.padEnd(28))} ${c.summary}${c.moderatorOnly ? ' (moderators)' : ''}`);
  return [answer.answer ?? '', '', ...rows, '  /quit                        Leave the console.', '', answer.message ?? ''].join('\n').trimEnd();
}
