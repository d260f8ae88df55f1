import type { ArticleExtraction } from '../extract/index.js';
import type { FactRecord } from '../model/records.js';
import { expandFacts } from './compact.js';
import { FactsUnreadable } from './facts.js';

/** A part as saved: its facts are a reference into the fact bytes. */
export type SavedPart = Omit<ArticleExtraction, 'facts'> & { facts: FactBlock };

/** Where an article's facts lie: `bytes` of JSON after the previous part's, holding `count` facts. */
export interface FactBlock {
  count: number;
  bytes: number;
}

/**
 * The facts section: each part's facts as their own JSON array, so that a start parses none of
 * them and /ask, the first to need them, parses only what it reads (see facts.ts).
 */
export class FactBlocks {
  private readonly texts: string[] = [];
  /** The section's length in bytes: the sum of the blocks' own. */
  bytes = 0;

  /** The part to store in the JSON, its facts swapped for where they lie in this section. */
  split(part: ArticleExtraction): SavedPart {
    const text = JSON.stringify(part.facts);
    const bytes = Buffer.byteLength(text);
    this.texts.push(text);
    this.bytes += bytes;
    return { ...part, facts: { count: part.facts.length, bytes } };
  }

  chunks(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.texts.length; i += 1024) out.push(this.texts.slice(i, i + 1024).join(''));
    return out;
  }
}

/** Each saved part's offset into the fact bytes; null when the blocks do not fill them exactly. */
export function factBlocks(parts: readonly SavedPart[], total: number): number[] | null {
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    if (!p.facts || !isCount(p.facts.count) || !isCount(p.facts.bytes)) return null;
    starts.push(at);
    at += p.facts.bytes;
  }
  return at === total ? starts : null;
}

/** @throws FactsUnreadable: the store hands it on to whoever read the facts, or back as a value from `settle`. */
export function parseFacts(bytes: Buffer, count: number, articleId: string, text: string, file: string): FactRecord[] {
  const facts = parseJson(bytes.toString('utf8'));
  if (!Array.isArray(facts) || facts.length !== count || !expandFacts(facts as FactRecord[], articleId, text)) {
    throw new FactsUnreadable(articleId, `Index snapshot ${file} is damaged (the facts of ${articleId} do not fit it); run /reindex.`);
  }
  return facts as FactRecord[];
}

export function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
