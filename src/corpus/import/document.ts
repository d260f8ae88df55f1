import { decodeAs } from './decode.js';
import { parseFeed } from './feed.js';
import { extractPage } from './html.js';
import type { MediaKind } from './media.js';
import { readPdf } from './pdf.js';
import { readPlain } from './plain.js';
import { type FeedItem, type ImportedArticle, ImportRefused } from './types.js';

/** An article as read from its document, before the caps and warnings every import gets. */
export type Draft = Omit<ImportedArticle, 'warnings'>;

export interface ReadRequest {
  kind: MediaKind;
  bytes: Uint8Array;
  /** The charset the server declared, for HTML. */
  charset?: string;
  /** Text to be read as Markdown. */
  markdown: boolean;
}

/** Feed bytes as fetched, to be listed. */
export interface FeedRequest {
  bytes: Uint8Array;
  charset?: string;
  /** The feed's address, which relative links are resolved against. */
  url: string;
}

/** The work a reading worker does: everything whose cost grows with an untrusted document's size. */
export type ReadTask = { op: 'document'; request: ReadRequest } | { op: 'feed'; request: FeedRequest };

export function runTask(task: ReadTask): Promise<Draft | FeedItem[]> {
  return task.op === 'document' ? readDocument(task.request) : Promise.resolve(listFeed(task.request));
}

export function listFeed({ bytes, charset, url }: FeedRequest): FeedItem[] {
  const prolog = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
  return parseFeed(decodeAs(bytes, charset, prolog), url);
}

/** Reads one document; the work that grows with the document's size (parsing, Readability, PDF.js). */
export async function readDocument({ kind, bytes, charset, markdown }: ReadRequest): Promise<Draft> {
  if (kind === 'pdf') return readPdf(bytes);
  if (kind === 'html') {
    const { text, meta } = extractPage(decodeHtml(bytes, charset));
    const { found, ...fields } = meta;
    return { ...fields, title: fields.title ?? '', text, found };
  }
  if (kind === 'feed') throw new ImportRefused('That file is a feed, not an article.', 'content-type');
  return readPlain(bytes, markdown);
}

/** A page's text in the charset its server declared, else its <meta> tag's, else UTF-8. */
function decodeHtml(bytes: Uint8Array, charset: string | undefined): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return decodeAs(bytes, charset, /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]);
}
