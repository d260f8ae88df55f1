import type pg from 'pg';
import type { ArticleExtraction } from '../extract/index.js';
import type { Entity, Extraction } from '../model/records.js';
import { CHUNK } from './rows.js';
import { tokenize } from '../search/tokens.js';

/** A record's fields corpus-wide linking changed, or 0 when it kept the record as it was. */
export type LinkPatch = 0 | Record<string, unknown>;

/** What linking made of a version: its parts as extracted, and the merged records in the same order. */
export interface LinkedVersion {
  parts: readonly ArticleExtraction[];
  merged: Pick<Extraction, 'quotes' | 'facts'>;
}

/** Per article, the patches that turn its extracted records into the linked ones; only articles with a change. */
export function linkPatches(linked: LinkedVersion): { articleId: string; quotes: LinkPatch[]; facts: LinkPatch[] }[] {
  const out: { articleId: string; quotes: LinkPatch[]; facts: LinkPatch[] }[] = [];
  let qi = 0;
  let fi = 0;
  for (const part of linked.parts) {
    const quotes = part.quotes.map((q) => patch(q, linked.merged.quotes[qi++]));
    const facts = part.facts.map((f) => patch(f, linked.merged.facts[fi++]));
    if (quotes.some((p) => p !== 0) || facts.some((p) => p !== 0)) out.push({ articleId: part.articleId, quotes, facts });
  }
  if (qi !== linked.merged.quotes.length || fi !== linked.merged.facts.length) throw new Error('the linked records do not line up with the extracted ones');
  return out;
}

function patch(before: object, after: object | undefined): LinkPatch {
  if (!after) throw new Error('the linked records do not line up with the extracted ones');
  if (before === after) return 0;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b)) if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) out[key] = b[key] ?? null;
  return Object.keys(out).length ? out : 0;
}

/** A record as linked: the stored one with its patch applied. */
export function applyPatch<T extends object>(record: T, p: LinkPatch | undefined): T {
  return p ? { ...record, ...p } : record;
}

/** Writes a version's link patches and its speakers' order and quote counts (inside completeVersion's transaction). */
export async function writeLinks(db: pg.PoolClient, version: number, linked: LinkedVersion, speakers: readonly Entity[]): Promise<void> {
  const rows = linkPatches(linked);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await db.query(
      'INSERT INTO version_links (version, article_id, quotes, facts) SELECT $1, a, q::json, f::json FROM unnest($2::text[], $3::text[], $4::text[]) AS u(a, q, f)',
      [version, part.map((r) => r.articleId), part.map((r) => JSON.stringify(r.quotes)), part.map((r) => JSON.stringify(r.facts))],
    );
  }
  const quoted = new Map<string, number>();
  for (const q of linked.merged.quotes) if (q.speakerId) quoted.set(q.speakerId, (quoted.get(q.speakerId) ?? 0) + 1);
  for (let i = 0; i < speakers.length; i += CHUNK) {
    const part = speakers.slice(i, i + CHUNK);
    await db.query(
      'UPDATE speakers s SET seq = u.n, quotes = u.q FROM unnest($2::text[], $3::int[], $4::int[]) AS u(i, n, q) WHERE s.version = $1 AND s.id = u.i',
      [version, part.map((s) => s.id), part.map((_, j) => i + j), part.map((s) => quoted.get(s.id) ?? 0)],
    );
  }
  await writeWords(
    db,
    version,
    'q',
    linked.merged.quotes.map((q) => q.text),
  );
  await writeWords(
    db,
    version,
    's',
    speakers.map((s) => `${s.name} ${s.aliases.join(' ')}`),
  );
  await db.query('UPDATE index_versions SET linked = true, voice = $2 WHERE version = $1', [version, JSON.stringify(voiceOf(linked.merged.quotes))]);
}

/** Share of voice over a whole version: per speaker name, quotations and articles; and quotations with no named speaker. */
export interface Voice {
  speakers: [name: string, quotes: number, articles: number][];
  unattributed: number;
}

function voiceOf(quotes: readonly { speaker: string | null; articleId: string }[]): Voice {
  const counts = new Map<string, { quotes: number; articles: Set<string> }>();
  let unattributed = 0;
  for (const q of quotes) {
    if (!q.speaker) {
      unattributed++;
      continue;
    }
    const c = counts.get(q.speaker) ?? { quotes: 0, articles: new Set<string>() };
    c.quotes++;
    c.articles.add(q.articleId);
    counts.set(q.speaker, c);
  }
  return { speakers: [...counts].map(([name, c]) => [name, c.quotes, c.articles.size]), unattributed };
}

/**
 * The distinct words of `texts` as the search tokenizes them, into version_words. How many records
 * hold each is written right after, in the same transaction, by write_version_word_counts
 * (migration 014), which counts every kind of word column at once.
 */
async function writeWords(db: pg.PoolClient, version: number, kind: 'q' | 's', texts: readonly string[]): Promise<void> {
  const words = [...new Set(texts.flatMap(tokenize))];
  for (let i = 0; i < words.length; i += CHUNK * 10)
    await db.query('INSERT INTO version_words (version, kind, word) SELECT $1, $2, w FROM unnest($3::text[]) AS u(w) ON CONFLICT DO NOTHING', [
      version,
      kind,
      words.slice(i, i + CHUNK * 10),
    ]);
}
