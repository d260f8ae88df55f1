import { decodeText } from '../load.js';
import { findDateline, findTitle } from '../title.js';
import { ImportRefused } from './types.js';

export interface PlainArticle {
  text: string;
  title: string;
  date?: string;
  found: Record<string, string>;
}

/**
 * A .txt or .md article, read the way the corpus folder reads its own files (same decoding, same
 * title and dateline rules), with Markdown's markup taken off so that `**` or a link target never
 * becomes part of a quotation.
 */
export function readPlain(bytes: Uint8Array, markdown: boolean): PlainArticle {
  const decoded = decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (typeof decoded !== 'string') throw new ImportRefused(`The file cannot be read as text: ${decoded.reason}.`, 'unreadable');
  const text = normaliseBreaks(markdown ? unmark(decoded) : decoded).trim();
  if (!text) throw new ImportRefused('The file is empty.', 'no-article');
  const title = findTitle(text, '');
  const date = findDateline(text) ?? undefined;
  const found: Record<string, string> = { title: 'text' };
  if (date) found.date = 'dateline';
  return { text, title, date, found };
}

function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Markdown to the plain text a reader sees: headings, emphasis, links, images, code fences, rules. */
export function unmark(md: string): string {
  return md
    .replace(/^```.*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^ {0,3}\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}
