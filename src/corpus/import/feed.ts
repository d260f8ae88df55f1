import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoDate } from './page-meta.js';
import { type FeedItem, ImportRefused } from './types.js';

/** A feed listing more items than this is cut: polling must not turn into a crawl. */
export const MAX_FEED_ITEMS = 200;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Only the five XML entities and character references; DOCTYPE entities are refused below.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, newest first as the feed lists them, each
 * with an absolute http(s) link; items without one are left out. Relative links are resolved
 * against the feed's own address.
 */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  // Feeds never need entity declarations; refusing them rules out entity-expansion bombs.
  if (/<!ENTITY/i.test(xml)) throw new ImportRefused('The feed declares XML entities, which feeds never need; it was not read.', 'unreadable');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportRefused(`The feed is not well-formed XML (${valid.err.msg} at line ${valid.err.line}).`, 'unreadable');
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new ImportRefused(`The feed is not well-formed XML (${(err as Error).message.split('\n')[0]}).`, 'unreadable');
  }
  const raw = rssItems(doc) ?? atomEntries(doc);
  if (!raw) throw new ImportRefused('That address is XML but not an RSS or Atom feed.', 'content-type');
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of raw) {
    const url = absolute(item.url, feedUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const feedItem: FeedItem = { url };
    if (item.title) feedItem.title = item.title;
    const date = isoDate(item.date);
    if (date) feedItem.date = date;
    items.push(feedItem);
    if (items.length >= MAX_FEED_ITEMS) break;
  }
  return items;
}

interface RawItem {
  url?: string;
  title?: string;
  date?: string;
}

type Node = Record<string, unknown>;

function rssItems(doc: Node): RawItem[] | undefined {
  const rss = record(doc.rss);
  const rdf = record(doc['rdf:RDF']);
  const channel = record(rss?.channel);
  const items = channel ? channel.item : rdf?.item;
  if (!rss && !rdf) return undefined;
  return list(items).map((item) => {
    const guid = item.guid;
    const permalink = record(guid) ? (record(guid)?.['@_isPermaLink'] !== 'false' ? text(guid) : undefined) : text(guid);
    return {
      url: list(item.link).map(text).find(Boolean) ?? permalink ?? text(item['@_rdf:about']),
      title: text(item.title),
      date: text(item.pubDate) ?? text(item['dc:date']),
    };
  });
}

function atomEntries(doc: Node): RawItem[] | undefined {
  const feed = record(doc.feed);
  if (!feed) return undefined;
  return list(feed.entry).map((entry) => {
    const links = list(entry.link);
    const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
    return {
      url: typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined,
      title: text(entry.title),
      date: text(entry.published) ?? text(entry.updated),
    };
  });
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A node's text, whether the parser gave a string, a number, or an object with attributes. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  const rec = record(value);
  return rec ? text(rec['#text']) : undefined;
}

function record(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): Node[] {
  const arr = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // A plain `<link>https://…</link>` parses to a string: wrap it so it reads like the others.
  return arr.map((v) => record(v) ?? { '#text': v });
}
