import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findTitle } from '../title.js';
import { datelineMeta, jsonLdMeta, markupMeta, type MetaDocument, mergeMeta, openGraphMeta, type PageMeta } from './page-meta.js';
import { ImportRefused } from './types.js';

/** linkedom's DOM, typed by the few members used here (the project has no DOM lib types). */
interface El {
  tagName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentNode: El | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<El>;
  previousElementSibling: El | null;
  remove(): void;
}

export interface ExtractedPage {
  text: string;
  meta: PageMeta;
}

/**
 * The article of a news page: its body as paragraphs, and its metadata from JSON-LD, then
 * OpenGraph, then `<time>`/byline, then the text's dateline. Site furniture (navigation, related
 * stories, share bars, newsletter prompts, comments, ads) is removed before Readability picks the
 * body, so none of its headlines can end up quoted or attributed.
 */
export function extractPage(html: string): ExtractedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as MetaDocument & El;
  // Structured data lives in <script> and <meta>, which Readability strips: read it first.
  const jsonLd = jsonLdMeta(doc);
  const openGraph = openGraphMeta(doc);
  removeFurniture(doc);
  // <time> and the byline are read once comments and related stories (which have their own) are gone.
  const markup = markupMeta(doc, bylineOf(doc));
  removeBylines(doc);
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  const body = article?.content ? paragraphsOf(article.content) : [];
  const text = body.join('\n\n');
  if (text.replace(/\s/g, '').length < MIN_ARTICLE_CHARS)
    throw new ImportRefused('No article text was found on that page (it may need JavaScript, be behind a paywall, or be an index page).', 'no-article');
  const meta = mergeMeta([
    ['json-ld', jsonLd],
    ['opengraph', openGraph],
    ['markup', markup],
    ['readability', { author: article?.byline ?? undefined, title: article?.title ?? undefined, outlet: article?.siteName ?? undefined }],
    ['dateline', datelineMeta(text)],
    ['text', { title: findTitle(text, '') }],
  ]);
  return { text, meta };
}

/** Fewer visible characters than this is a teaser or an error page, not an article. */
const MIN_ARTICLE_CHARS = 80;

const FURNITURE_TAGS = 'nav, aside, footer, form, iframe, noscript, template, dialog, button, svg, video, audio, object, embed';
const FURNITURE_ROLES =
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [role="dialog"], [role="search"], [role="banner"], [aria-hidden="true"], [hidden]';
/** Class or id words of site furniture; whole words only, so "shared-content" or "additional" stay. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:skip-link|screen-reader-text|sr-only|visually-hidden|pullquote|pull-quote|caption|credit|related|recommended|more-stories|most-read|popular|trending|share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|comments?|disqus|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|taboola|paywall|cookie|consent|popup|modal|breadcrumbs?|tags|author-bio|read-more|read-next|up-next|next-article)(?:$|[\s_-])/i;

/**
 * Strips the page's furniture. A candidate holding most of the page's paragraph text is kept
 * whatever it is: a site that calls its article wrapper "share-container", or wraps the whole page
 * in a <form>, must not lose the article.
 */
function removeFurniture(doc: El): void {
  const total = paragraphChars(doc);
  const removeUnlessArticle = (el: El): void => {
    if (el.parentNode && paragraphChars(el) * 2 < total) el.remove();
  };
  for (const el of [...doc.querySelectorAll(`${FURNITURE_TAGS}, ${FURNITURE_ROLES}`)]) removeUnlessArticle(el);
  for (const el of [...doc.querySelectorAll('[class], [id]')]) if (FURNITURE_NAME.test(namesOf(el))) removeUnlessArticle(el);
  for (const el of [...doc.querySelectorAll('ul, ol, p, li')]) if (isLinkBlock(el)) removeWithLabel(el);
  for (const el of [...doc.querySelectorAll('h2, h3, h4, h5, h6')]) if (LINK_LIST_HEADING.test((el.textContent ?? '').trim())) el.remove();
}

/** Class or id words of the byline and dateline block above an article. */
const BYLINE_NAME =
  /(?:^|[\s_-])(?:byline|bylines|author|authors|author-name|meta|story-meta|article-meta|entry-meta|post-meta|timestamp|published|pubdate|date|storydate|story-date|article-date|post-date|entry-date|publish-date)(?:$|[\s_-])/i;

/**
 * Removes the byline block ("By Jane Doe · 14 March 2024"): its name and date are metadata, read
 * before this runs, and as text they would open the article with a line that is no sentence.
 */
function removeBylines(doc: El): void {
  for (const el of [...doc.querySelectorAll('[class], [id], [rel="author"], [itemprop="author"]')]) {
    const byline = BYLINE_NAME.test(namesOf(el)) || el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author';
    if (!byline || !el.parentNode) continue;
    const block = shortBlockAround(el);
    if (block) block.remove();
  }
}

/** The element itself, or its paragraph when that paragraph is only a byline's length. */
function shortBlockAround(el: El): El | undefined {
  const short = (e: El): boolean => (e.textContent ?? '').trim().length <= MAX_BYLINE_CHARS;
  if (!short(el)) return undefined;
  const parent = el.parentNode;
  return parent && (parent.tagName === 'P' || parent.tagName === 'DIV') && short(parent) ? parent : el;
}

const MAX_BYLINE_CHARS = 160;

/** A heading over a list of links: "Related stories", "More on this", "Most read". */
const LINK_LIST_HEADING =
  /^(?:related(?:\s+(?:stories|articles|content|coverage|links))?|more\s+(?:on|from|stories|like this)\b.*|read\s+(?:more|next)|see\s+also|you\s+(?:might|may)\s+also\s+like|most\s+(?:read|popular|viewed)|recommended(?:\s+for\s+you)?|top\s+stories|latest\s+(?:news|stories))\s*:?$/i;

/** A list or paragraph made mostly of links ("Read more: …" promos, lists of other stories). */
function isLinkBlock(el: El): boolean {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (all === 0) return false;
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return linked / all > 0.6;
}

/** A link block and the heading just before it that labels it. */
function removeWithLabel(el: El): void {
  const label = el.previousElementSibling;
  if (label && /^H[2-6]$/.test(label.tagName) && (label.textContent ?? '').trim().length < 60) label.remove();
  el.remove();
}

function namesOf(el: El): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function paragraphChars(root: El): number {
  let n = 0;
  for (const p of root.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

/** The byline's text: an element marked as the author (just the name), else one styled as the byline. */
function bylineOf(doc: El): string | undefined {
  const first = (selector: string, test: (el: El) => boolean): string | undefined => {
    for (const el of doc.querySelectorAll(selector)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (test(el) && text && text.length <= MAX_BYLINE_CHARS) return text;
    }
    return undefined;
  };
  return (
    first('[itemprop="author"], [rel="author"]', () => true) ??
    first('[class], [id]', (el) => /(?:^|[\s_-])(?:byline|author|author-name)(?:$|[\s_-])/i.test(namesOf(el)))
  );
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'HR',
]);
/** Never article text: captions credit photographers, and scripts are code. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'FIGCAPTION', 'PICTURE', 'IMG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The article HTML as paragraphs: each block element one paragraph, whitespace as a reader sees it. */
export function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const para = current
      .replace(/[ \t\r\f\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (para) out.push(para);
    current = '';
  };
  const walk = (node: El): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIP.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk((document as unknown as { body: El }).body);
  flush();
  return out;
}
