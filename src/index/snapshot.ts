import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/article.js';
import { INDEX_FORMAT, corpusHash, deriveData, partsWithFacts, type CoverageIndex, type Derived, type IndexData, type IndexedPart } from './build.js';
import type { SavedSearch } from '../search/engine.js';
import { Slicer, stringifyInChunks } from '../runtime/slices.js';
import { compactPart, expandFacts, expandQuotes } from './compact.js';
import { ArticleFacts, type FactEntry } from './facts.js';
import { FactBlocks, factBlocks, isCount, parseFacts, parseJson, type SavedPart } from './fact-blocks.js';
import type { ArticleExtraction } from '../extract/index.js';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

const MAGIC = 'coverage-bot-snapshot';

/**
 * Writes atomically: a temp file beside the target, then rename, so a crash or a full disk
 * never leaves a half-written snapshot where the next start would read it. The envelope
 * carries a sha256 of the payload so a damaged file is detected, never trusted. Serialising
 * and hashing run in slices so a large index is saved without pausing answers. The articles
 * themselves are not saved: start-up reads the corpus folder anyway, and the records are
 * joined back to its texts (see joinCorpus).
 */
export async function writeSnapshot(file: string, data: IndexData, index?: CoverageIndex): Promise<void> {
  const slicer = new Slicer();
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  const derived = index?.data === data ? await deriveData(index, slicer) : null;
  const { derived: _ignored, articles: _texts, facts: _store, ...plain } = data;
  const tables = new Tables();
  const facts = new FactBlocks();
  // Reads every part's facts: a snapshot written before they were all parsed parses them here.
  const parts = partsWithFacts(data);
  const json = await stringifyInChunks({ ...plain, parts, ...(derived ? encodeDerived(derived, tables) : {}) }, slicer, (member, item) =>
    member === 'parts' ? facts.split(compactOf(item as ArticleExtraction, texts)) : item,
  );
  const factText = facts.chunks();
  const binary = tables.bytes();
  // Chunk by chunk, pausing between: encoding 100 MB of JSON in one go would stall answers.
  const hash = createHash('sha256');
  let jsonBytes = 0;
  for (const chunk of json) {
    hash.update(chunk);
    jsonBytes += Buffer.byteLength(chunk);
    await slicer.maybeYield();
  }
  for (const chunk of factText) {
    hash.update(chunk);
    await slicer.maybeYield();
  }
  for (const chunk of binary) hash.update(chunk);
  const header = `${JSON.stringify({ magic: MAGIC, format: data.format, checksum: hash.digest('hex'), json: jsonBytes, facts: facts.bytes })}\n`;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const out = await open(tmp, 'w');
    try {
      for (const chunk of [header, ...json, ...factText]) await writeAll(out, Buffer.from(chunk));
      for (const chunk of binary) await writeAll(out, chunk);
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
 * The whole file in as few reads as the system allows: readFile's 512 KB steps each wait for a
 * turn of the event loop, which the corpus folder, read at the same time, keeps busy.
 */
async function readWhole(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await fh.read(out, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return out.subarray(0, at);
  } finally {
    await fh.close();
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

/** What a snapshot file holds: the index data but its articles, derived work still encoded. */
export type SavedIndex = Omit<IndexData, 'articles' | 'derived' | 'parts' | 'facts'> &
  Partial<EncodedDerived> & {
    /** Per-article records; each article's facts are still bytes in `factBytes` (see FactBlocks). */
    parts: SavedPart[];
    /** The facts of every saved part, one JSON array after another in parts order. */
    factBytes: Buffer;
    /** The bytes after the facts: the search engine's typed arrays (see Tables). */
    tables: Buffer;
  };

/**
 * Reads a snapshot and joins it to the corpus folder's articles (see joinCorpus), or null when
 * there is none. Throws SnapshotError when it is damaged or outdated.
 */
export async function readSnapshot(file: string, articles: readonly Article[]): Promise<IndexData | null> {
  const saved = await readSavedIndex(file);
  return saved && joinCorpus(saved, articles, file);
}

/** Reads and checks a snapshot file, or null when there is none. Throws SnapshotError when it is damaged or outdated. */
export async function readSavedIndex(file: string): Promise<SavedIndex | null> {
  let raw: Buffer;
  try {
    raw = await readWhole(file);
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
  const { json: jsonBytes, facts: factBytes } = header;
  if (!isCount(jsonBytes) || !isCount(factBytes) || jsonBytes + factBytes > payload.length)
    throw new SnapshotError(`Index snapshot ${file} is damaged (no valid header).`);
  // Measured: an all-ASCII payload decoded as latin1 decodes faster but parses slower, in sum slower.
  const data = parseJson(payload.toString('utf8', 0, jsonBytes)) as Omit<SavedIndex, 'tables' | 'factBytes'> | undefined;
  if (!data || data.format !== INDEX_FORMAT || !Array.isArray(data.parts) || typeof data.corpusHash !== 'string') {
    throw new SnapshotError(`Index snapshot ${file} is damaged (unexpected content).`);
  }
  return { ...data, factBytes: payload.subarray(jsonBytes, jsonBytes + factBytes), tables: payload.subarray(jsonBytes + factBytes) };
}

/**
 * The saved records joined to the articles now in the corpus folder: their passages take their
 * texts back from the articles. Records of articles that changed or went are dropped (a reindex
 * extracts those again), and so is the saved start-up work unless the corpus is exactly the one
 * saved. Consumes `saved`.
 */
export function joinCorpus(saved: SavedIndex, articles: readonly Article[], file = 'snapshot'): IndexData {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const blocks = factBlocks(saved.parts, saved.factBytes.length);
  if (!blocks) throw new SnapshotError(`Index snapshot ${file} is damaged (facts do not add up).`);
  const parts: IndexedPart[] = [];
  const facts: FactEntry[] = [];
  const factBytes = saved.factBytes;
  for (const [i, { facts: block, ...part }] of saved.parts.entries()) {
    const article = byId.get(part.articleId);
    if (article?.hash !== part.hash) continue;
    if (!expandQuotes(part, article.text)) throw new SnapshotError(`Index snapshot ${file} is damaged (a passage lies outside its article).`);
    const at = blocks[i];
    const { count, bytes } = block;
    facts.push({ articleId: part.articleId, count, parse: () => parseFacts(factBytes.subarray(at, at + bytes), count, part.articleId, article.text, file) });
    parts.push(part);
  }
  const whole = parts.length === articles.length && saved.corpusHash === corpusHash(articles);
  const { tables, factBytes: _facts, parts: _saved, ...rest } = saved;
  const joined = {
    ...rest,
    parts,
    facts: ArticleFacts.of(facts),
    articles: whole ? [...articles] : parts.map((p) => byId.get(p.articleId) as Article),
  };
  return whole ? decodeDerived(joined, tables) : stripDerived(joined);
}

/**
 * Derived start-up work as top-level members (so the writer slices them like the rest). The
 * search engine's saved form is kept whole: its JSON as it is, its typed arrays after the JSON as
 * raw bytes (no text to decode or parse), the JSON naming where each one lies. What they hold is
 * the engine's business; it refuses a form it cannot read (see loadSearch).
 */
interface EncodedDerived {
  derivedCode: string;
  derivedEntities: Derived['entities'];
  derivedQuotes: Derived['quotes'];
  derivedFacts: Derived['facts'];
  derivedLinks: Derived['links'];
  derivedSearch: EncodedSearch;
}

type EncodedSearch = Omit<SavedSearch, 'tables'> & { tables: TableRef[] };

/** Where a typed array lies in the bytes after the JSON: offset and length, in 4-byte units. */
interface TableRef {
  at: number;
  n: number;
}

/** Collects typed arrays for the binary part of a snapshot. */
class Tables {
  private readonly list: Int32Array[] = [];
  private size = 0;

  add(a: Int32Array): TableRef {
    const ref = { at: this.size, n: a.length };
    this.list.push(a);
    this.size += a.length;
    return ref;
  }

  bytes(): Buffer[] {
    return this.list.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
}

function encodeDerived(d: Derived, tables: Tables): EncodedDerived {
  const { tables: arrays, ...search } = d.search;
  return {
    derivedCode: d.code,
    derivedEntities: d.entities,
    derivedQuotes: d.quotes,
    derivedFacts: d.facts,
    derivedLinks: d.links,
    derivedSearch: { ...search, tables: arrays.map((a) => tables.add(a)) },
  };
}

/** Moves the encoded members into `derived`; leaves it out when any is missing or malformed (start-up then rebuilds). */
function decodeDerived(raw: Omit<IndexData, 'derived'> & Partial<EncodedDerived>, bytes: Buffer): IndexData {
  const { derivedCode, derivedEntities, derivedQuotes, derivedFacts, derivedLinks, derivedSearch, ...data } = raw;
  const lists = [derivedEntities, derivedQuotes, derivedFacts, derivedLinks];
  if (typeof derivedCode !== 'string' || !lists.every(Array.isArray)) return data;
  const search = decodeSearch(derivedSearch, bytes);
  if (!search) return data;
  return {
    ...data,
    derived: {
      code: derivedCode,
      entities: derivedEntities as Derived['entities'],
      quotes: derivedQuotes as Derived['quotes'],
      facts: derivedFacts as Derived['facts'],
      links: derivedLinks as Derived['links'],
      search,
    },
  };
}

/** The engine's saved form back, its arrays read from the bytes; null when the envelope is malformed. */
function decodeSearch(s: EncodedSearch | undefined, bytes: Buffer): SavedSearch | null {
  if (typeof s !== 'object' || s === null || typeof s.engine !== 'string' || typeof s.version !== 'number' || !Array.isArray(s.tables)) return null;
  const tables = s.tables.map((ref) => table(ref, bytes));
  if (!tables.every((t) => t !== null)) return null;
  return { engine: s.engine, version: s.version, json: s.json, tables: tables as Int32Array[] };
}

function table(ref: unknown, bytes: Buffer): Int32Array | null {
  const { at, n } = (ref ?? {}) as Partial<TableRef>;
  if (!Number.isInteger(at) || !Number.isInteger(n) || (at as number) < 0 || (n as number) < 0 || ((at as number) + (n as number)) * 4 > bytes.length)
    return null;
  // Copied into its own buffer: the file's bytes need not be 4-aligned for a view.
  const out = new Int32Array(n as number);
  new Uint8Array(out.buffer).set(bytes.subarray((at as number) * 4, ((at as number) + (n as number)) * 4));
  return out;
}

function stripDerived(raw: Omit<IndexData, 'derived'> & Partial<EncodedDerived>): IndexData {
  const { derivedCode: _c, derivedEntities: _e, derivedQuotes: _q, derivedFacts: _f, derivedLinks: _l, derivedSearch: _s, ...data } = raw;
  return data;
}

function compactOf(part: ArticleExtraction, texts: ReadonlyMap<string, string>): ArticleExtraction {
  const text = texts.get(part.articleId);
  return text === undefined ? part : (compactPart(part, text) as ArticleExtraction);
}

function isHeader(v: unknown): v is { magic: string; format: number; checksum: string; json?: unknown; facts?: unknown } {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return h.magic === MAGIC && typeof h.format === 'number' && typeof h.checksum === 'string';
}
