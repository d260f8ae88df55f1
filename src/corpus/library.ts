import { createHash, randomBytes } from 'node:crypto';
import { lstat, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/article.js';
import type { ImportedArticle } from './import/types.js';
import { DEFAULT_MAX_BYTES, SIDECAR_CAPS, loadCorpus } from './load.js';
import type { FolderCorpus } from './stamps.js';
import { shorten } from './title.js';

/**
 * Writes imported articles into the corpus folder, so the folder stays the one source of truth:
 * a plain reindex or a fresh start rebuilds exactly what an /addsource built.
 *
 * Order of the files becoming visible, and why: both files are first written completely under
 * hidden temporary names (a leading dot: the loader never lists those), then the sidecar is
 * renamed into place, then the text. The loader only reads a sidecar for an article file it
 * listed, so a load between the two renames sees neither, and a load after both sees both: it
 * never sees a text without its sidecar, nor half a file (a rename is atomic). Removal runs in the
 * reverse order (text, then sidecar). An update of an existing article replaces each file
 * atomically; a load landing between the two renames may read the new sidecar with the old text
 * for one reindex (each file whole), and the reindex that follows every write reads both anew.
 */
export class CorpusLibrary {
  private last: FolderCorpus | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly fingerprints = new WeakMap<Article, string>();

  constructor(
    readonly dir: string,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  /** Writes the article (new id, or the id of the article with the same URL); refuses a story already in the corpus. */
  write(article: ImportedArticle): Promise<Written> {
    return this.serial(() => this.writeNow(article));
  }

  /** Deletes an article's text and sidecar. */
  remove(id: string): Promise<LibraryEntry> {
    return this.serial(() => this.removeNow(id));
  }

  /** Puts the folder back as it was before `written` (an import whose article could not be indexed). */
  undo(written: Written): Promise<void> {
    return this.serial(() => this.undoNow(written));
  }

  /** The article already holding this URL, if any (feeds skip items they have). */
  async findUrl(url: string): Promise<LibraryEntry | undefined> {
    const key = urlKey(url);
    const found = (await this.articles()).find((a) => a.url !== null && urlKey(a.url) === key);
    return found && entryOf(found);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async articles(): Promise<Article[]> {
    this.last = await loadCorpus(this.dir, { maxBytes: this.maxBytes, previous: this.last });
    return this.last.articles;
  }

  private fingerprint(article: Article): string {
    let print = this.fingerprints.get(article);
    if (print === undefined) {
      print = textFingerprint(article.text);
      this.fingerprints.set(article, print);
    }
    return print;
  }

  private async writeNow(imported: ImportedArticle): Promise<Written> {
    const text = imported.text.trim();
    if (!text) throw new LibraryError('The article has no text to add.');
    const body = Buffer.from(`${text}\n`, 'utf8');
    if (body.length > this.maxBytes)
      throw new LibraryError(`The article text is too large (${Math.ceil(body.length / 1024)} KB, limit ${Math.ceil(this.maxBytes / 1024)} KB).`);
    // Read first: a missing folder is a CorpusError that says which setting to fix.
    const articles = await this.articles();
    await removeStaleTemps(this.dir);
    const url = imported.url && urlKey(imported.url);
    const sameUrl = url ? articles.find((a) => a.url !== null && urlKey(a.url) === url) : undefined;
    const print = textFingerprint(text);
    const sameText = articles.find((a) => a !== sameUrl && this.fingerprint(a) === print);
    if (sameText) throw new DuplicateStory(entryOf(sameText));
    const sidecar = Buffer.from(`${JSON.stringify(sidecarOf(imported), null, 2)}\n`, 'utf8');
    if (sameUrl) return this.update(sameUrl, body, sidecar);
    const taken = new Set((await readdir(this.dir)).map((n) => stem(n).toLowerCase()));
    const id = freeId(articleId(imported), taken);
    const file = `${id}.txt`;
    await replaceFiles(this.dir, file, body, sidecar);
    return { id, file, status: 'added' };
  }

  private async update(existing: Article, body: Buffer, sidecar: Buffer): Promise<Written> {
    const textPath = path.join(this.dir, existing.file);
    const sidecarPath = path.join(this.dir, `${stem(existing.file)}.json`);
    const previous = { text: await readFile(textPath), sidecar: await readFile(sidecarPath).catch(() => null) };
    const written: Written = { id: existing.id, file: existing.file, status: 'updated', previous };
    if (previous.text.equals(body) && previous.sidecar?.equals(sidecar)) return { ...written, status: 'unchanged', previous: undefined };
    await replaceFiles(this.dir, existing.file, body, sidecar);
    return written;
  }

  private async removeNow(id: string): Promise<LibraryEntry> {
    const article = (await this.articles()).find((a) => a.id === id);
    if (!article) throw new LibraryError(`No article with the id "${shorten(id, 80)}" is in the corpus folder.`);
    await unlink(path.join(this.dir, article.file));
    await unlink(path.join(this.dir, `${stem(article.file)}.json`)).catch(ignoreMissing);
    return entryOf(article);
  }

  private async undoNow(written: Written): Promise<void> {
    if (written.status === 'unchanged') return;
    const textPath = path.join(this.dir, written.file);
    const sidecarPath = path.join(this.dir, `${stem(written.file)}.json`);
    if (written.status === 'added' || !written.previous) {
      await unlink(textPath).catch(ignoreMissing);
      await unlink(sidecarPath).catch(ignoreMissing);
      return;
    }
    const { text, sidecar } = written.previous;
    if (sidecar) return replaceFiles(this.dir, written.file, text, sidecar);
    await atomicWrite(textPath, text);
    await unlink(sidecarPath).catch(ignoreMissing);
  }
}

/** What a write did: the article's id and file, and what it replaced (to undo it). */
export interface Written {
  id: string;
  file: string;
  status: 'added' | 'updated' | 'unchanged';
  previous?: { text: Buffer; sidecar: Buffer | null };
}

/** An article of the folder as the faces name it. */
export interface LibraryEntry {
  id: string;
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
}

/** The folder cannot take this article, for a reason a moderator can act on. */
export class LibraryError extends Error {
  override name = 'LibraryError';
}

/** The same story (the same words, whatever the page around them) is already in the corpus. */
export class DuplicateStory extends LibraryError {
  override name = 'DuplicateStory';
  constructor(readonly existing: LibraryEntry) {
    super(`This story is already in the corpus as ${existing.id}${existing.url ? ` (from ${existing.url})` : ''}.`);
  }
}

function entryOf(a: Article): LibraryEntry {
  return { id: a.id, title: a.title, date: a.date, outlet: a.outlet, url: a.url };
}

function sidecarOf(a: ImportedArticle): Record<string, string> {
  const out: Record<string, string> = { title: shorten(a.title.trim() || 'Untitled', SIDECAR_CAPS.title) };
  if (a.outlet?.trim()) out.outlet = shorten(a.outlet.trim(), SIDECAR_CAPS.outlet);
  if (a.date) out.date = a.date;
  // A cut URL would be a wrong link: one too long is left out, as the loader would.
  if (a.url && a.url.length <= SIDECAR_CAPS.url) out.url = a.url;
  if (a.author?.trim()) out.author = shorten(a.author.trim(), SIDECAR_CAPS.outlet);
  return out;
}

const ID_MAX = 80;

/** `outlet-date-title`, ASCII letters, digits and dashes, at most 80 characters, cut between words. */
export function articleId(a: Pick<ImportedArticle, 'title' | 'outlet' | 'date'>): string {
  const parts = [slug(a.outlet ?? '', 24), a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : '', slug(a.title, ID_MAX)].filter(Boolean);
  const id = cutAtDash(parts.join('-'), ID_MAX);
  return id || 'article';
}

export function slug(text: string, max: number): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtDash(ascii, max);
}

function cutAtDash(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : s.slice(0, max)).replace(/-+$/, '');
}

/** The id, or the id with the first free `-2`, `-3`, … suffix (compared without case, for case-blind file systems). */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${cutAtDash(id, ID_MAX - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The words of a story, whatever the page around them: case, accents, punctuation, quotation mark
 * styles and spacing are ignored, so the same wire story from two sites has one fingerprint.
 */
export function textFingerprint(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return createHash('sha256')
    .update((words ?? []).join(' '))
    .digest('hex');
}

/** A URL as the same page: without its fragment, tracking parameters, or a trailing slash. */
export function urlKey(raw: string): string {
  try {
    const u = new URL(raw);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/i.test(k)) u.searchParams.delete(k);
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    return u.toString();
  } catch {
    return raw.trim();
  }
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A temporary file this old was left by a write that died; a live write takes milliseconds. */
const STALE_TEMP_MS = 10 * 60 * 1000;

async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!TEMP.test(name)) continue;
    const file = path.join(dir, name);
    const st = await lstat(file).catch(() => null);
    if (st?.isFile() && Date.now() - st.mtimeMs > STALE_TEMP_MS) await unlink(file).catch(ignoreMissing);
  }
}

/** Both files written in full under hidden names, then renamed: the sidecar first (see CorpusLibrary). */
async function replaceFiles(dir: string, file: string, text: Buffer, sidecar: Buffer): Promise<void> {
  const sidecarTemp = await writeTemp(dir, `${stem(file)}.json`, sidecar);
  let textTemp: string;
  try {
    textTemp = await writeTemp(dir, file, text);
  } catch (err) {
    await unlink(sidecarTemp).catch(ignoreMissing);
    throw err;
  }
  await rename(sidecarTemp, path.join(dir, `${stem(file)}.json`));
  await rename(textTemp, path.join(dir, file));
}

async function atomicWrite(target: string, bytes: Buffer): Promise<void> {
  const temp = await writeTemp(path.dirname(target), path.basename(target), bytes);
  await rename(temp, target);
}

/** Writes and flushes a hidden temporary file beside `name`; its path. */
async function writeTemp(dir: string, name: string, bytes: Buffer): Promise<string> {
  const temp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(ignoreMissing);
    throw err;
  }
  await handle.close();
  return temp;
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'ENOENT') throw err;
}
