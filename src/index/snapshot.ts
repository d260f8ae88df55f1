import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FORMAT, deriveData, type CoverageIndex, type Derived, type IndexData } from './build.js';
import type { SavedTerms } from './candidates.js';
import { Slicer, stringifyInChunks } from './slices.js';
import { restoreSpans, spanReplacer } from './compact.js';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

const MAGIC = 'coverage-bot-snapshot';

/**
 * Writes atomically: a temp file beside the target, then rename, so a crash or a full disk
 * never leaves a half-written snapshot where the next start would read it. The envelope
 * carries a sha256 of the payload so a damaged file is detected, never trusted. Serialising
 * and hashing run in slices so a large index is saved without pausing answers.
 */
export async function writeSnapshot(file: string, data: IndexData, index?: CoverageIndex): Promise<void> {
  const slicer = new Slicer();
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  const derived = index?.data === data ? deriveData(index) : null;
  const { derived: _ignored, ...plain } = data;
  const chunks = await stringifyInChunks({ ...plain, ...(derived ? encodeDerived(derived) : {}) }, slicer, (member, item) => compactor(member, item, texts));
  const hash = createHash('sha256');
  for (const chunk of chunks) {
    hash.update(chunk);
    await slicer.maybeYield();
  }
  const header = `${JSON.stringify({ magic: MAGIC, format: data.format, checksum: hash.digest('hex'), spans: SPANS })}\n`;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const out = await open(tmp, 'w');
    try {
      for (const chunk of [header, ...chunks]) await writeAll(out, Buffer.from(chunk));
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new SnapshotError(`Could not save the index snapshot to ${file}: ${(err as Error).message}`);
  }
}

/**
 * A write may store fewer bytes than asked (a full disk, a file-size limit) without failing;
 * write the rest until it is all stored or the system says why not, never rename a short file.
 */
async function writeAll(out: FileHandle, bytes: Buffer): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await out.write(bytes, at, bytes.length - at);
    if (bytesWritten === 0) throw new Error('no space left to write the snapshot');
    at += bytesWritten;
  }
}

/**
 * Temp files a killed process left beside the snapshot (a write interrupted before its rename).
 * Never read, only removed; returns their names for the log.
 */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'));
  await Promise.all(stale.map((n) => rm(path.join(dir, n), { force: true }).catch(() => undefined)));
  return stale;
}

/** Reads a snapshot, or null when there is none. Throws SnapshotError when it is damaged or outdated. */
export async function readSnapshot(file: string): Promise<IndexData | null> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SnapshotError(`Could not read the index snapshot ${file}: ${(err as Error).message}`);
  }
  // Bytes, not a string: hashing and decoding a 100 MB string each cost more than reading it.
  const newline = raw.indexOf(0x0a);
  const header = parseJson(raw.toString('utf8', 0, Math.max(newline, 0)));
  if (newline < 0 || !isHeader(header)) throw new SnapshotError(`Index snapshot ${file} is damaged (no valid header).`);
  if (header.format !== INDEX_FORMAT) throw new SnapshotError(`Index snapshot ${file} is from an older format (${header.format}); it will be rebuilt.`);
  const payload = raw.subarray(newline + 1);
  if (createHash('sha256').update(payload).digest('hex') !== header.checksum) {
    throw new SnapshotError(`Index snapshot ${file} is damaged (checksum mismatch).`);
  }
  const data = parseJson(payload.toString('utf8')) as IndexData | undefined;
  if (!data || data.format !== INDEX_FORMAT || !Array.isArray(data.parts) || !Array.isArray(data.articles)) {
    throw new SnapshotError(`Index snapshot ${file} is damaged (unexpected content).`);
  }
  if (header.spans === SPANS && !restoreAll(data)) throw new SnapshotError(`Index snapshot ${file} is damaged (a passage lies outside its article).`);
  return decodeDerived(data as IndexData & Partial<EncodedDerived>);
}

/**
 * Derived start-up work as top-level members (so the writer slices them like the rest); the
 * search tables' typed arrays as base64, which parses far quicker than arrays of numbers.
 */
interface EncodedDerived {
  derivedCode: string;
  derivedEntities: Derived['entities'];
  derivedQuotes: Derived['quotes'];
  derivedFacts: Derived['facts'];
  derivedSearch: EncodedTerms[];
}

type EncodedTerms = Omit<SavedTerms, 'postings' | 'from' | 'sequence' | 'offsets'> & Record<'postings' | 'from' | 'sequence' | 'offsets', string>;

function encodeDerived(d: Derived): EncodedDerived {
  const terms = (t: SavedTerms): EncodedTerms => ({ size: t.size, words: t.words, postings: b64(t.postings), from: b64(t.from), sequence: b64(t.sequence), offsets: b64(t.offsets) });
  return { derivedCode: d.code, derivedEntities: d.entities, derivedQuotes: d.quotes, derivedFacts: d.facts, derivedSearch: [terms(d.search.quotes), terms(d.search.facts), terms(d.search.speakers)] };
}

/** Moves the encoded members into `derived`; leaves it out when any is missing or malformed (start-up then rebuilds). */
function decodeDerived(raw: IndexData & Partial<EncodedDerived>): IndexData {
  const { derivedCode, derivedEntities, derivedQuotes, derivedFacts, derivedSearch, ...data } = raw;
  if (typeof derivedCode !== 'string' || !Array.isArray(derivedEntities) || !Array.isArray(derivedQuotes) || !Array.isArray(derivedFacts) || !Array.isArray(derivedSearch) || derivedSearch.length !== 3) return data;
  const terms = derivedSearch.map(decodeTerms);
  const [quotes, facts, speakers] = terms;
  if (!quotes || !facts || !speakers) return data;
  return { ...data, derived: { code: derivedCode, entities: derivedEntities, quotes: derivedQuotes, facts: derivedFacts, search: { quotes, facts, speakers } } };
}

function decodeTerms(t: EncodedTerms): SavedTerms | null {
  if (typeof t !== 'object' || t === null || typeof t.size !== 'number' || !Array.isArray(t.words)) return null;
  const arrays = [t.postings, t.from, t.sequence, t.offsets].map(unb64);
  const [postings, from, sequence, offsets] = arrays;
  if (!postings || !from || !sequence || !offsets) return null;
  return { size: t.size, words: t.words, postings, from, sequence, offsets };
}

function b64(a: Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function unb64(s: unknown): Int32Array | null {
  if (typeof s !== 'string') return null;
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length % 4 !== 0) return null;
  // Copied into its own buffer: a pooled Buffer's offset need not be 4-aligned.
  const out = new Int32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Marks a snapshot whose span texts are stored as offsets (see compact.ts). */
const SPANS = 'offsets';

function compactor(member: string, item: unknown, texts: ReadonlyMap<string, string>): ((key: string, value: unknown) => unknown) | undefined {
  const rec = item as { text?: unknown; articleId?: unknown };
  const text = member === 'articles' ? rec.text : member === 'parts' && typeof rec.articleId === 'string' ? texts.get(rec.articleId) : undefined;
  return typeof text === 'string' ? spanReplacer(text) : undefined;
}

function restoreAll(data: IndexData): boolean {
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  const ok = (value: unknown, text: unknown): boolean => restoreSpans(value, typeof text === 'string' ? text : '');
  return data.articles.every((a) => ok(a.paragraphs, a.text)) && data.parts.every((p) => ok(p, texts.get(p.articleId)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isHeader(v: unknown): v is { magic: string; format: number; checksum: string; spans?: string } {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return h.magic === MAGIC && typeof h.format === 'number' && typeof h.checksum === 'string';
}
