import { decodeAs } from './decode.js';
import { extractPage } from './html.js';
import type { MediaKind } from './media.js';
import { readPdf } from './pdf.js';
import { readPlain } from './plain.js';
import { type ImportedArticle, ImportRefused } from './types.js';

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
