import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import path from 'node:path';
import type { Article, LoadWarning, Span } from '../model/article.js';
import type { FileStamp, FolderCorpus } from './stamps.js';
import { findDateline, findTitle, isRealDate, shorten } from './title.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** Larger files are almost surely not articles (a dump, a log) and would stall extraction. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export interface LoadOptions {
  maxBytes?: number;
  /**
   * An earlier result of loadCorpus for the same folder. An article file whose stamp (and its
   * sidecar's) is unchanged since then keeps its previous Article object and is not read again.
   */
  previous?: FolderCorpus;
}

/** Reads every article file of `dir`. Bad files become warnings; a missing folder throws. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<FolderCorpus> {
  // Taken before the first stat: any write the stats below could miss happens after this instant.
  const startedAt = Date.now();
  const root = await resolveFolder(dir);
  const listing = await readdir(root);
  const siblings = new Set(listing);
  const names = listing.filter(isArticleFile).sort();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const reuse = reuseFrom(options.previous, root, maxBytes);
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < names.length; i++) {
    // Reads are synchronous (see loadArticle); yielding now and then keeps answers flowing meanwhile.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const { result, stamp, notes } = await loadOrReuse(root, names[i], maxBytes, siblings, reuse);
    if ('reason' in result) {
      warnings.push(result);
      continue;
    }
    articles.push(result);
    warnings.push(...notes);
    if (stamp) stamps.set(names[i], stamp);
  }
  return { dir: root, articles, warnings, scan: { startedAt, stamps } };
}

const YIELD_EVERY = 64;

/**
 * A file whose stamp shows a change less than this long before the previous load started is read
 * again even if the stamp is unchanged. This is git's "racily clean" problem: file times have a
 * granularity (a kernel tick on ext4, 1 s on ext3 and some network shares, 2 s on FAT) and come
 * from a clock that can lag Date.now() a little, so a same-size write landing just after the
 * previous scan's stat, within the same tick as the file's last change, leaves size, mtime and
 * ctime exactly as that scan recorded them while the content differs. That can only happen when
 * the recorded change was itself at the time of that scan, so a stamp older than its start by
 * more than any granularity or lag is safe to trust. The cost is small: a file changed within the
 * window before a load is read once more by the next load, which then records a later start.
 */
export const RACY_WINDOW_MS = 2000;

interface Reuse {
  /** The previous Article of a file whose stamp proves it unchanged without reading it. */
  byStamp(name: string, stamp: FileStamp): Article | undefined;
  /** The previous Article when a re-read gave an equal one (a touched or racy file), so identity means "unchanged". */
  byContent(result: Article | LoadWarning): Article | LoadWarning;
  /** What the previous load said about an article's sidecar, for an article reused without reading it. */
  notes(name: string): LoadWarning[];
}

const NOTHING_TO_REUSE: Reuse = { byStamp: () => undefined, byContent: (result) => result, notes: () => [] };

function reuseFrom(previous: FolderCorpus | undefined, root: string, maxBytes: number): Reuse {
  const scan = previous?.scan;
  if (!previous || !scan || previous.dir !== root) return NOTHING_TO_REUSE;
  const byFile = new Map(previous.articles.map((a) => [a.file, a]));
  const trustedBefore = scan.startedAt - RACY_WINDOW_MS;
  return {
    byStamp(name, stamp) {
      const before = scan.stamps.get(name);
      // A lower size limit than last time must turn a now-too-large article into a warning.
      if (!before || stamp.size > maxBytes || !sameStamp(before, stamp) || isRacy(stamp, trustedBefore)) return undefined;
      return byFile.get(name);
    },
    byContent(result) {
      if ('reason' in result) return result;
      const before = byFile.get(result.file);
      return before && sameArticle(before, result) ? before : result;
    },
    notes(name) {
      const sidecar = sidecarNameOf(name);
      return previous.warnings.filter((w) => w.file === sidecar);
    },
  };
}

interface Loaded {
  result: Article | LoadWarning;
  stamp?: FileStamp;
  /** Warnings about a loaded article's sidecar: the article loads, without what the sidecar got wrong. */
  notes: LoadWarning[];
}

async function loadOrReuse(root: string, name: string, maxBytes: number, siblings: ReadonlySet<string>, reuse: Reuse): Promise<Loaded> {
  const st = lstatOrUndefined(inFolder(root, name));
  const read = async (stamp?: FileStamp): Promise<Loaded> => {
    const { result, notes } = await readArticle(root, name, maxBytes, siblings, st);
    return { result: reuse.byContent(result), stamp, notes };
  };
  // Only plain files are stamped: a symlink's own stat says nothing about its target's content.
  if (!st?.isFile()) return read();
  const stamp = stampOf(st, sidecarStamp(root, name, siblings));
  const reused = reuse.byStamp(name, stamp);
  return reused ? { result: reused, stamp, notes: reuse.notes(name) } : read(stamp);
}

/** Paragraphs are left out: they follow from the text. The hash covers the bytes and the sidecar. */
function sameArticle(a: Article, b: Article): boolean {
  return a.id === b.id && a.hash === b.hash && a.text === b.text && a.title === b.title && a.date === b.date && a.outlet === b.outlet && a.url === b.url;
}

function sidecarStamp(root: string, name: string, siblings: ReadonlySet<string>): FileStamp | undefined {
  const sidecarName = sidecarNameOf(name);
  if (!siblings.has(sidecarName)) return undefined;
  const st = lstatOrUndefined(inFolder(root, sidecarName));
  return st && stampOf(st);
}

function stampOf(st: Stats, sidecar?: FileStamp): FileStamp {
  const stamp: FileStamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
  if (sidecar) stamp.sidecar = sidecar;
  return stamp;
}

function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev && sameStamp(a.sidecar, b.sidecar);
}

function isRacy(stamp: FileStamp, trustedBefore: number): boolean {
  // Every change sets ctime to "now", so ctime alone would do; mtime counts too so that a file dated
  // into the future (utimes, a copy from a machine with a fast clock) is not trusted before that time.
  if (stamp.mtimeMs >= trustedBefore || stamp.ctimeMs >= trustedBefore) return true;
  return stamp.sidecar !== undefined && isRacy(stamp.sidecar, trustedBefore);
}

/** `root` is already resolved and `name` a bare entry: path.join's normalising costs more than the stat. */
function inFolder(root: string, name: string): string {
  return `${root}${path.sep}${name}`;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

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

function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/**
 * Loads one file of an already-resolved corpus folder, or says why it cannot be an article.
 * `lstatResult`, when given, is an lstat of that file just taken by the caller, to save another.
 */
export async function loadArticle(
  root: string,
  name: string,
  maxBytes: number,
  siblings?: ReadonlySet<string>,
  lstatResult?: Stats,
): Promise<Article | LoadWarning> {
  return (await readArticle(root, name, maxBytes, siblings, lstatResult)).result;
}

async function readArticle(
  root: string,
  name: string,
  maxBytes: number,
  siblings?: ReadonlySet<string>,
  lstatResult?: Stats,
): Promise<{ result: Article | LoadWarning; notes: LoadWarning[] }> {
  const file = path.join(root, name);
  const skip = (reason: string) => ({ result: { file: name, reason }, notes: [] });
  let bytes: Buffer;
  try {
    // Synchronous on purpose: promise-based fs costs four thread-pool round trips per small file,
    // which made loading 10 k articles take seconds; these calls take microseconds each.
    const st = lstatResult ?? lstatSync(file);
    if (st.isSymbolicLink()) {
      const target = await realpath(file);
      if (!isInside(root, target)) return skip('symbolic link to a file outside the corpus folder');
    }
    // A plain file in the resolved root is its own real path: two syscalls fewer per article.
    const real = st.isSymbolicLink() ? await realpath(file) : file;
    const rst = st.isSymbolicLink() ? await lstat(real) : st;
    if (!rst.isFile()) return skip('not a regular file');
    if (rst.size > maxBytes) return skip(`too large (${formatBytes(rst.size)}, limit ${formatBytes(maxBytes)})`);
    const read = readRegularFile(real, maxBytes);
    if (typeof read === 'string') return skip(read);
    bytes = read;
  } catch (err) {
    return skip(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return skip(decoded.reason);
  if (decoded.trim().length === 0) return skip('empty file');
  const sidecar = readSidecar(root, name, siblings);
  const id = path.basename(name, path.extname(name));
  // A NUL (never in an article: such files are refused as binary) keeps "text + sidecar" apart
  // from a longer text with no sidecar.
  const hash = (sidecar.raw ? createHash('sha256').update(bytes).update('\0').update(sidecar.raw) : createHash('sha256').update(bytes)).digest('hex');
  const article: Article = {
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
  return { result: article, notes: sidecar.notes };
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
  // A blank line ends a paragraph, whichever line breaks the file uses.
  const re = /[^\r\n]+(?:(?:\r\n?|\n)(?![ \t]*(?:\r\n?|\n))[^\r\n]+)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

/** `a.txt` → `a.json`; names are bare folder entries, so cutting at the last dot is extname's rule. */
function sidecarNameOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.json`;
}

interface SidecarMeta {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

interface Sidecar {
  meta: SidecarMeta;
  /** The file's text, hashed with the article's bytes so that a sidecar edit changes the article. */
  raw: string;
  notes: LoadWarning[];
}

export const SIDECAR_MAX_BYTES = 64 * 1024;

/** A warning about an article's `<id>.json` sidecar (the article loaded), not a skipped article file. */
export function isSidecarWarning(w: LoadWarning): boolean {
  return w.file.toLowerCase().endsWith('.json');
}

/**
 * The longest sidecar values kept, in characters. Every reply shows them, and a title of tens of
 * thousands of characters once made /sources take 25 s to render: a title or outlet is cut at a
 * word, and a url, which a cut would turn into a wrong link, is dropped.
 */
export const SIDECAR_CAPS = { title: 300, outlet: 100, url: 2048 } as const;

/** Opening a FIFO for reading waits for a writer; non-blocking, it returns at once and fstat tells. */
const OPEN_NONBLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * `<id>.json` beside the article: its fields win over what the text says. A sidecar or field that
 * cannot be used is left out with a warning naming the file, and the article loads without it.
 */
function readSidecar(root: string, name: string, siblings?: ReadonlySet<string>): Sidecar {
  const sidecarName = sidecarNameOf(name);
  // Known absent from the folder listing: a failed lstat per article is most of the load time.
  if (siblings && !siblings.has(sidecarName)) return { meta: {}, raw: '', notes: [] };
  const notes: LoadWarning[] = [];
  const note = (reason: string): void => {
    notes.push({ file: sidecarName, reason: `sidecar ${reason}` });
  };
  const raw = readSidecarText(path.join(root, sidecarName), note);
  if (raw === undefined) return { meta: {}, raw: '', notes };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    note('ignored: not valid JSON');
    return { meta: {}, raw, notes };
  }
  return { meta: pickMeta(parsed, note), raw, notes };
}

/** The sidecar's text, or undefined when there is none or it cannot be used (said through `note`). */
function readSidecarText(file: string, note: (reason: string) => void): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, OPEN_NONBLOCKING);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Gone since the folder was listed: there is simply no sidecar. O_NOFOLLOW refuses a link with ELOOP.
    if (code !== 'ENOENT') note(code === 'ELOOP' ? 'ignored: a symbolic link, not a regular file' : `ignored: cannot be read (${code ?? 'error'})`);
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return void note('ignored: not a regular file');
    if (st.size > SIDECAR_MAX_BYTES) return void note(`ignored: too large (${formatBytes(st.size)}, limit ${formatBytes(SIDECAR_MAX_BYTES)})`);
    return readUpTo(fd, st.size).toString('utf8');
  } catch (err) {
    return void note(`ignored: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, checked again on the open descriptor: a file swapped for a FIFO or a larger
 * file after the lstat above must not stall or overrun the loader. A reason when it cannot be used.
 */
function readRegularFile(file: string, maxBytes: number): Buffer | string {
  const fd = openSync(file, OPEN_NONBLOCKING);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return 'not a regular file';
    if (st.size > maxBytes) return `too large (${formatBytes(st.size)}, limit ${formatBytes(maxBytes)})`;
    return readUpTo(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/** At most `max` bytes (the size just measured): a file growing meanwhile is not followed. */
function readUpTo(fd: number, max: number): Buffer {
  const buf = Buffer.allocUnsafe(max);
  let n = 0;
  for (let got = -1; got !== 0 && n < max; n += got) got = readSync(fd, buf, n, max - n, null);
  return buf.subarray(0, n);
}

function pickMeta(value: unknown, note: (reason: string) => void): SidecarMeta {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    note(`ignored: ${kindOf(value)}, not an object like {"title": …}`);
    return {};
  }
  const rec = value as Record<string, unknown>;
  const str = (key: keyof SidecarMeta): string | undefined => {
    const v = rec[key];
    if (typeof v === 'string') return v.trim() || undefined;
    if (v !== undefined && v !== null) note(`field "${key}" ignored: ${kindOf(v)}, not text`);
    return undefined;
  };
  return {
    title: capped(str('title'), 'title', note),
    outlet: capped(str('outlet'), 'outlet', note),
    url: linkWithin(str('url'), note),
    date: realDate(str('date'), note),
  };
}

function capped(value: string | undefined, key: 'title' | 'outlet', note: (reason: string) => void): string | undefined {
  const max = SIDECAR_CAPS[key];
  if (value === undefined || value.length <= max) return value;
  note(`field "${key}" cut to ${max} characters (it has ${value.length})`);
  return shorten(value, max);
}

function linkWithin(url: string | undefined, note: (reason: string) => void): string | undefined {
  if (url === undefined || url.length <= SIDECAR_CAPS.url) return url;
  note(`field "url" ignored: ${url.length} characters, limit ${SIDECAR_CAPS.url}`);
  return undefined;
}

/** A date-time keeps its day: "2020-01-02T10:00Z" is read as 2020-01-02. */
function realDate(date: string | undefined, note: (reason: string) => void): string | undefined {
  if (date === undefined) return undefined;
  if (isRealDate(date.slice(0, 10))) return date.slice(0, 10);
  note(`field "date" ignored: ${JSON.stringify(shorten(date, 40))} is not a YYYY-MM-DD date`);
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
