/** What kind of document some bytes are, by their declared type and by their content. */
export type MediaKind = 'html' | 'text' | 'pdf' | 'feed';

const BY_TYPE: Record<string, MediaKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'application/pdf': 'pdf',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

export interface MediaType {
  /** Lower-cased `type/subtype`, without parameters. */
  essence: string;
  charset?: string;
}

export function parseContentType(header: string | undefined): MediaType | undefined {
  if (!header?.trim()) return undefined;
  const [essence, ...params] = header.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => Boolean(c))
    ?.toLowerCase();
  return { essence: essence.trim().toLowerCase(), charset };
}

/** The kind a declared media type stands for, or undefined for anything the importer does not read. */
export function kindOfType(type: MediaType): MediaKind | undefined {
  return BY_TYPE[type.essence];
}

const SNIFF_BYTES = 1024;

/**
 * The kind the bytes themselves show: a PDF's signature, an XML feed's root element, an HTML
 * page's opening tags; otherwise text when there is no NUL byte (binary files have plenty).
 * Undefined for binary content.
 */
export function sniffKind(bytes: Uint8Array): MediaKind | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (bytes.subarray(0, SNIFF_BYTES).includes(0) && !isUtf16(bytes)) return undefined;
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  const lower = start.toLowerCase();
  if (isFeedStart(lower)) return 'feed';
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|meta|title|article|main|section|div|p|h1)\b/.test(lower)) return 'html';
  return 'text';
}

function isFeedStart(lower: string): boolean {
  const root = lower.replace(/^<\?xml[^>]*\?>/, '').replace(/^(?:\s*(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!doctype[^>]*>))*\s*/, '');
  return /^<(?:rss|feed|rdf:rdf)\b/.test(root);
}

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const BY_EXTENSION: Record<string, MediaKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/** The kind a file name claims, or undefined for an extension the importer does not take. */
export function kindOfName(name: string): MediaKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[name.slice(dot).toLowerCase()];
}

export const FILE_EXTENSIONS = Object.keys(BY_EXTENSION);
