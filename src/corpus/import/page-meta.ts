import { findDateline, isRealDate } from '../title.js';

/** The parts of a DOM this module reads; linkedom's document satisfies it. */
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<MetaElement>;
}
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMeta {
  title?: string;
  outlet?: string;
  date?: string;
  author?: string;
  url?: string;
  /** Which source gave each field. */
  found: Record<string, string>;
}

type Field = 'title' | 'outlet' | 'date' | 'author' | 'url';
type Layer = Partial<Record<Field, string>>;

/**
 * Merges what each layer says, the first layer that has a field winning: the page's structured
 * data is what its publisher meant, a dateline read out of the text the weakest guess.
 */
export function mergeMeta(layers: [string, Layer][]): PageMeta {
  const meta: PageMeta = { found: {} };
  for (const [source, layer] of layers)
    for (const field of Object.keys(layer) as Field[]) {
      const value = layer[field]?.trim();
      if (!value || meta[field] !== undefined) continue;
      meta[field] = value;
      meta.found[field] = source;
    }
  return meta;
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

/** schema.org NewsArticle/Article in `<script type="application/ld+json">`, including inside @graph. */
export function jsonLdMeta(doc: MetaDocument): Layer {
  const nodes: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A broken block is common on real sites; the other layers still apply.
    }
  }
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return {};
  const deref = (v: unknown): unknown => (isRecord(v) && typeof v['@id'] === 'string' && !v.name ? (byId.get(v['@id']) ?? v) : v);
  return {
    title: text(article.headline) ?? text(article.name),
    date: isoDate(text(article.datePublished) ?? text(article.dateCreated)),
    author: names(article.author, deref),
    outlet: names(article.publisher, deref),
    url: httpUrl(text(article.url) ?? text(deref(article.mainEntityOfPage) && (deref(article.mainEntityOfPage) as Record<string, unknown>)['@id'])),
  };
}

function collect(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1);
  else if (isRecord(value)) {
    out.push(value);
    if (value['@graph']) collect(value['@graph'], out, depth + 1);
  }
}

function types(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(value: unknown, deref: (v: unknown) => unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(deref);
  const found = list
    .map((v) => (typeof v === 'string' ? v : isRecord(v) ? text(v.name) : undefined))
    .filter((n): n is string => Boolean(n) && !isUrl(n as string));
  return found.length ? [...new Set(found)].join(', ') : undefined;
}

/** OpenGraph and `article:` meta tags (some sites put them in `name` instead of `property`). */
export function openGraphMeta(doc: MetaDocument): Layer {
  const tags = metaTags(doc);
  const author = tags.get('article:author');
  return {
    title: tags.get('og:title'),
    outlet: tags.get('og:site_name'),
    date: isoDate(tags.get('article:published_time') ?? tags.get('og:published_time')),
    // article:author is often a profile URL, which is no name.
    author: author && !isUrl(author) ? author : undefined,
    url: httpUrl(tags.get('og:url')),
  };
}

/** `<time datetime>`, the byline and the plain meta tags that older sites use. */
export function markupMeta(doc: MetaDocument, byline: string | undefined): Layer {
  const tags = metaTags(doc);
  const times = [...doc.querySelectorAll('time[datetime]')];
  const published = times.find((t) => /publish|posted|date/i.test(`${t.getAttribute('itemprop')} ${t.getAttribute('class')}`)) ?? times[0];
  const canonical = [...doc.querySelectorAll('link[rel="canonical"]')][0]?.getAttribute('href') ?? undefined;
  return {
    date: isoDate(published?.getAttribute('datetime') ?? undefined),
    author: cleanByline(byline) ?? cleanByline(tags.get('author')),
    url: httpUrl(canonical),
  };
}

/** The text's own dateline, e.g. `HARTWELL, March 14, 2024 — …` (see title.ts). */
export function datelineMeta(text: string): Layer {
  return { date: findDateline(text) ?? undefined };
}

function metaTags(doc: MetaDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** `2024-03-14T21:45:00-05:00` → `2024-03-14`: the day the publisher wrote, in its own time zone. */
export function isoDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(v)?.[1];
  if (day) return isRealDate(day) ? day : undefined;
  // RSS's RFC 822 dates, "Thu, 14 Mar 2024 21:45:00 -0500": the stated day, not the UTC one.
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(v);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) + 1 : 0;
  if (rfc && month > 0) {
    const stated = `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
    return isRealDate(stated) ? stated : undefined;
  }
  const parsed = Date.parse(v);
  if (Number.isNaN(parsed)) return undefined;
  const iso = new Date(parsed).toISOString().slice(0, 10);
  return isRealDate(iso) ? iso : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function cleanByline(value: string | undefined): string | undefined {
  const v = value
    ?.replace(/\s+/g, ' ')
    .replace(/^\s*by\s+/i, '')
    // "Jane Doe · 14 March 2024", "Jane Doe | Politics reporter": the name is the first part.
    .split(/\s[·|•–—]\s|,\s/)[0]
    .trim();
  return v && v.length <= 200 && !isUrl(v) ? v : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined;
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
