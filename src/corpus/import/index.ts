import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, SIDECAR_CAPS } from '../load.js';
import { shorten } from '../title.js';
import type { AddressRule } from './address.js';
import { formatMb, safeFetch, shown } from './fetch.js';
import type { Draft, ReadRequest } from './document.js';
import { kindOfName, type MediaKind, sniffKind } from './media.js';
import { DocumentReader } from './reader.js';
import { type FeedItem, type FetchPolicy, type ImportedArticle, type ImportInput, ImportRefused } from './types.js';

export { isPublicAddress } from './address.js';
export { FILE_EXTENSIONS } from './media.js';
export * from './types.js';

/** The bot's version, for the User-Agent: sites can see which release fetched them. */
const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';

/** Limits for fetching untrusted pages; FETCH_ALLOW_PRIVATE=true lets the bot reach private addresses. */
export function defaultPolicy(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  return {
    allowPrivate: env.FETCH_ALLOW_PRIVATE?.trim().toLowerCase() === 'true',
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    userAgent: `coverage-bot/${VERSION} (+news quotation bot)`,
  };
}

/**
 * A web page, PDF or text document as an article: text, title, date, outlet, author and link.
 * Throws ImportRefused, with a reason to show the moderator, for anything that is not one.
 * `rule` is for tests only (see safeFetch).
 */
export async function importArticle(input: ImportInput, policy: FetchPolicy, rule?: AddressRule): Promise<ImportedArticle> {
  if (input.kind === 'url') {
    const page = await safeFetch(input.url, policy, ['html', 'text', 'pdf', 'feed'], rule);
    const kind = contentKind(page.kind, page.bytes, shown(page.url));
    if (kind === 'feed')
      throw new ImportRefused(`${shown(page.url)} is a feed, not an article: list it in FEEDS to add its items as they appear.`, 'content-type');
    const article = await readDocument({ kind, bytes: page.bytes, charset: page.type?.charset, markdown: page.type?.essence === 'text/markdown' });
    const found = { ...article.found };
    if (!article.outlet) {
      article.outlet = new URL(page.url).hostname.replace(/^www\./, '');
      found.outlet = 'host';
    }
    // The address the page was fetched from is the one to cite; a canonical link is the publisher's claim.
    found.url = page.redirects.length ? `fetched after ${page.redirects.length} redirect(s)` : 'fetched';
    return finish({ ...article, url: page.url, found });
  }
  if (input.bytes.length > policy.maxBytes)
    throw new ImportRefused(`${input.name} is too large (${formatMb(input.bytes.length)}; the limit is ${formatMb(policy.maxBytes)}).`, 'too-large');
  return finish(await readDocument({ kind: fileKind(input.name, input.bytes), bytes: input.bytes, markdown: /\.(?:md|markdown)$/i.test(input.name) }));
}

/** The links of an RSS or Atom feed, fetched under the same rules as any page. */
export async function readFeed(url: string, policy: FetchPolicy, rule?: AddressRule): Promise<FeedItem[]> {
  const feed = await safeFetch(url, policy, ['feed', 'text', 'html'], rule);
  if (sniffKind(feed.bytes) !== 'feed') {
    const advertised = feed.kind === 'html' || sniffKind(feed.bytes) === 'html' ? advertisedFeed(feed.bytes, feed.url) : undefined;
    const hint = advertised ? ` The page names its feed: ${shown(advertised)}` : '';
    throw new ImportRefused(`${shown(feed.url)} is not an RSS or Atom feed.${hint}`, 'content-type');
  }
  return documentReader().listFeed({ bytes: feed.bytes, charset: feed.type?.charset, url: feed.url });
}

let reader: DocumentReader | null = null;

/** Documents and feeds are read on a worker thread (see DocumentReader), shared by every import. */
function documentReader(): DocumentReader {
  reader ??= new DocumentReader();
  return reader;
}

function readDocument(request: ReadRequest): Promise<Draft> {
  return documentReader().read(request);
}

/** Stops the reading worker (tests, shutdown); the next import starts a new one. */
export async function closeImporter(): Promise<void> {
  const current = reader;
  reader = null;
  await current?.close();
}

/**
 * A URL's kind: its declared type, checked against its content (a "PDF" that is an HTML error
 * page, or a page that is really a PDF). No declared type: the content decides.
 */
function contentKind(declared: MediaKind | undefined, bytes: Uint8Array, where: string): MediaKind {
  const sniffed = sniffKind(bytes);
  if (!sniffed) throw new ImportRefused(`${where} is binary data, not a web page, text or PDF.`, 'content-type');
  if (!declared) return sniffed;
  if (declared === 'pdf' && sniffed !== 'pdf') throw new ImportRefused(`${where} says it is a PDF but its content is not one.`, 'content-type');
  if (sniffed === 'pdf' && declared !== 'pdf') return 'pdf';
  // A page served as text/plain by a misconfigured server is still a page; read as text, its markup would become the article.
  if (sniffed === 'html' && declared === 'text') return 'html';
  // XML feeds are often served as text/html or text/plain.
  if (sniffed === 'feed') return 'feed';
  if (declared === 'feed') {
    // application/xml that is no feed: an XHTML page is still a page; anything else (a sitemap, data) is not an article.
    if (sniffed === 'html') return 'html';
    throw new ImportRefused(`${where} is XML data, not an article or a feed.`, 'content-type');
  }
  return declared;
}

/** A file's kind by its name, which its content must confirm. */
function fileKind(name: string, bytes: Uint8Array): MediaKind {
  const claimed = kindOfName(name);
  if (!claimed) throw new ImportRefused(`${name}: only .txt, .md, .html and .pdf files can be added.`, 'content-type');
  const sniffed = sniffKind(bytes);
  const agrees = claimed === sniffed || (claimed === 'text' && sniffed === 'html');
  if (!agrees) {
    const what =
      sniffed === 'pdf' ? 'a PDF' : sniffed === 'html' ? 'an HTML page' : sniffed === 'feed' ? 'a feed' : sniffed === 'text' ? 'plain text' : 'binary data';
    throw new ImportRefused(`${name} is named like ${describeKind(claimed)} but its content is ${what}.`, 'content-type');
  }
  return claimed;
}

function describeKind(kind: MediaKind): string {
  return { html: 'an HTML page', text: 'a text file', pdf: 'a PDF', feed: 'a feed' }[kind];
}

/** The feed a web page advertises in its head (`<link rel="alternate" type="application/rss+xml" href>`). */
function advertisedFeed(bytes: Uint8Array, pageUrl: string): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (!/\balternate\b/i.test(attr('rel') ?? '') || !/^application\/(?:rss|atom)\+xml$/i.test(attr('type') ?? '')) continue;
    const href = attr('href');
    try {
      const url = href ? new URL(href, pageUrl) : undefined;
      if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href;
    } catch {
      // A broken href: look at the next link.
    }
  }
  return undefined;
}

/** The caps every corpus file gets, applied to text from outside, with a warning for each cut. */
function finish(draft: Draft): ImportedArticle {
  const warnings: string[] = [];
  const article = { ...draft };
  const size = Buffer.byteLength(article.text, 'utf8');
  if (size > DEFAULT_MAX_BYTES)
    throw new ImportRefused(`The article text is too large (${formatMb(size)}; an article may have at most ${formatMb(DEFAULT_MAX_BYTES)}).`, 'too-large');
  const out: ImportedArticle = { ...article, warnings };
  if (!out.title) {
    out.title = 'Untitled article';
    warnings.push('No title was found; it is shown as "Untitled article".');
  } else if (out.title.length > SIDECAR_CAPS.title) {
    out.title = shorten(out.title, SIDECAR_CAPS.title);
    warnings.push(`The title was shortened to ${SIDECAR_CAPS.title} characters.`);
  }
  if (out.outlet && out.outlet.length > SIDECAR_CAPS.outlet) {
    out.outlet = shorten(out.outlet, SIDECAR_CAPS.outlet);
    warnings.push(`The outlet name was shortened to ${SIDECAR_CAPS.outlet} characters.`);
  }
  if (out.author && out.author.length > SIDECAR_CAPS.outlet) out.author = shorten(out.author, SIDECAR_CAPS.outlet);
  if (out.url && out.url.length > SIDECAR_CAPS.url) {
    delete out.url;
    warnings.push(`The link is longer than ${SIDECAR_CAPS.url} characters and was left out.`);
  }
  if (!out.date) warnings.push('No publication date was found.');
  return out;
}
