import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import path from 'node:path';
import type { Article, Corpus, LoadWarning, Span } from '../model/article.js';
import { findDateline, findTitle, isRealDate } from './title.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** Larger files are almost surely not articles (a dump, a log) and would stall extraction. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export interface LoadOptions {
  maxBytes?: number;
}

/** Reads every article file of `dir`. Bad files become warnings; a missing folder throws. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const root = await resolveFolder(dir);
  const listing = await readdir(root);
  const siblings = new Set(listing);
  const names = listing.filter(isArticleFile).sort();
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  for (let i = 0; i < names.length; i++) {
    // Reads are synchronous (see loadArticle); yielding now and then keeps answers flowing meanwhile.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const result = await loadArticle(root, names[i], options.maxBytes ?? DEFAULT_MAX_BYTES, siblings);
    if ('reason' in result) warnings.push(result);
    else articles.push(result);
  }
  return { dir: root, articles, warnings };
}

const YIELD_EVERY = 64;

async function resolveFolder(dir: string): Promise<string> {
  try {
    const real = await realpath(dir);
    const st = await lstat(real);
    if (!st.isDirectory()) throw new CorpusError(`Corpus path ${dir} is not a folder.`);
    return real;
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(`Corpus folder ${dir} does not exist or cannot be read. Set SEEDS_DIR to a folder of .txt/.md articles.`);
  }
}

export function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** Loads one file of an already-resolved corpus folder, or says why it cannot be an article. */
export async function loadArticle(root: string, name: string, maxBytes: number, siblings?: ReadonlySet<string>): Promise<Article | LoadWarning> {
  const file = path.join(root, name);
  const skip = (reason: string): LoadWarning => ({ file: name, reason });
  let bytes: Buffer;
  try {
    // Synchronous on purpose: promise-based fs costs four thread-pool round trips per small file,
    // which made loading 10 k articles take seconds; these calls take microseconds each.
    const st = lstatSync(file);
    if (st.isSymbolicLink()) {
      const target = await realpath(file);
      if (!isInside(root, target)) return skip('symbolic link to a file outside the corpus folder');
    }
    // A plain file in the resolved root is its own real path: two syscalls fewer per article.
    const real = st.isSymbolicLink() ? await realpath(file) : file;
    const rst = st.isSymbolicLink() ? await lstat(real) : st;
    if (!rst.isFile()) return skip('not a regular file');
    if (rst.size > maxBytes) return skip(`too large (${formatBytes(rst.size)}, limit ${formatBytes(maxBytes)})`);
    bytes = readFileSync(real);
  } catch (err) {
    return skip(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return skip(decoded.reason);
  if (decoded.trim().length === 0) return skip('empty file');
  const sidecar = await readSidecar(root, name, siblings);
  const id = path.basename(name, path.extname(name));
  const hash = createHash('sha256').update(bytes).update(sidecar.raw).digest('hex');
  return {
    id,
    file: name,
    title: sidecar.meta.title ?? findTitle(decoded, id),
    date: sidecar.meta.date ?? findDateline(decoded),
    outlet: sidecar.meta.outlet ?? null,
    url: sidecar.meta.url ?? null,
    text: decoded,
    paragraphs: splitParagraphs(decoded),
    hash,
  };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** UTF-8 (BOM stripped) or UTF-16 with a BOM; anything else binary or undecodable is refused. */
export function decodeText(bytes: Buffer): string | { reason: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
}

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]+)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

interface SidecarMeta {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

/** `<id>.json` beside the article: its fields win over what the text says. Bad JSON is ignored. */
async function readSidecar(root: string, name: string, siblings?: ReadonlySet<string>): Promise<{ meta: SidecarMeta; raw: string }> {
  const sidecarName = `${path.basename(name, path.extname(name))}.json`;
  // Known absent from the folder listing: a failed lstat per article is most of the load time.
  if (siblings && !siblings.has(sidecarName)) return { meta: {}, raw: '' };
  const file = path.join(root, sidecarName);
  let raw: string;
  try {
    const st = await lstat(file);
    if (!st.isFile() || st.size > 64 * 1024) return { meta: {}, raw: '' };
    raw = await readFile(file, 'utf8');
  } catch {
    return { meta: {}, raw: '' };
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return { meta: pickMeta(parsed), raw };
  } catch {
    return { meta: {}, raw };
  }
}

function pickMeta(value: unknown): SidecarMeta {
  if (typeof value !== 'object' || value === null) return {};
  const rec = value as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof rec[k] === 'string' && (rec[k] as string).trim() ? (rec[k] as string).trim() : undefined);
  const date = str('date');
  return { title: str('title'), outlet: str('outlet'), url: str('url'), date: date && isRealDate(date.slice(0, 10)) ? date.slice(0, 10) : undefined };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
