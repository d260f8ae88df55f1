/** An article brought in from a web page, an uploaded file or a feed item: its text plus what could be learnt about it. */
export interface ImportedArticle {
  /** The article body only, paragraphs separated by blank lines. */
  text: string;
  title: string;
  outlet?: string;
  /** ISO yyyy-mm-dd */
  date?: string;
  url?: string;
  author?: string;
  /** How each field was found (e.g. `date: "json-ld"`), for logs. */
  found?: Record<string, string>;
  warnings: string[];
}

/** Limits applied to every network fetch; pages and feeds are untrusted. */
export interface FetchPolicy {
  /** Allow private, loopback and link-local addresses (tests and intranet deployments only). */
  allowPrivate: boolean;
  /** Largest response body accepted, in bytes (default 5 MB). */
  maxBytes: number;
  /** Whole-request time limit in milliseconds (default 15 s). */
  timeoutMs: number;
  /** Redirects followed before refusing (default 5). */
  maxRedirects: number;
  userAgent: string;
}

export type ImportInput = { kind: 'url'; url: string } | { kind: 'file'; name: string; bytes: Uint8Array; contentType?: string };

export type ImportRefusalCode =
  | 'scheme'
  | 'private-address'
  | 'too-large'
  | 'timeout'
  | 'content-type'
  | 'http-status'
  | 'no-article'
  | 'no-text-layer'
  | 'unreadable'
  | 'too-many-redirects';

/** A source was refused; `reason` is a sentence a moderator can act on. */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
  constructor(
    readonly reason: string,
    readonly code: ImportRefusalCode,
  ) {
    super(reason);
  }
}

export interface FeedItem {
  url: string;
  title?: string;
  /** ISO yyyy-mm-dd when the feed gives a date. */
  date?: string;
}
