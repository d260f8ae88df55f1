import { TermIndex, type SavedTerms } from './candidates.js';

/** Which engine wrote a saved form, and in which layout: bump SEARCH_FORMAT when the layout changes. */
export const SEARCH_ENGINE = 'terms';
export const SEARCH_FORMAT = 1;

/**
 * A search engine's saved form, as the engine gives it (`save`) and takes it back (`loadSearch`):
 * plain JSON, and the typed arrays it refers to by position. Whoever stores it keeps the arrays as
 * raw bytes and never needs to know what they hold.
 */
export interface SavedSearch {
  engine: string;
  version: number;
  json: unknown;
  tables: Int32Array[];
}

/** The word tables of the three record kinds, as the engine builds and restores them. */
export interface TermTablesByKind {
  quotes: TermIndex;
  facts: TermIndex;
  speakers: TermIndex;
}

const KINDS = ['quotes', 'facts', 'speakers'] as const;
const ARRAYS = ['postings', 'from', 'sequence', 'offsets'] as const;

type SavedKind = Omit<SavedTerms, (typeof ARRAYS)[number]> & Record<(typeof ARRAYS)[number], number>;

export function saveTables(t: TermTablesByKind): SavedSearch {
  const tables: Int32Array[] = [];
  const kind = (index: TermIndex): SavedKind => {
    const s = index.saved();
    const at = (a: Int32Array): number => tables.push(a) - 1;
    return { size: s.size, words: s.words, postings: at(s.postings), from: at(s.from), sequence: at(s.sequence), offsets: at(s.offsets) };
  };
  const json = { quotes: kind(t.quotes), facts: kind(t.facts), speakers: kind(t.speakers) };
  return { engine: SEARCH_ENGINE, version: SEARCH_FORMAT, json, tables };
}

/**
 * The tables of a saved form made for records of these counts, or why it cannot be used: written by
 * another engine or format, malformed, or made for other records. The caller then builds anew.
 */
export function loadTables(saved: SavedSearch, sizes: Record<(typeof KINDS)[number], number>): TermTablesByKind | { refused: string } {
  if (saved.engine !== SEARCH_ENGINE || saved.version !== SEARCH_FORMAT) {
    return { refused: `the saved search tables are ${saved.engine} format ${saved.version}, this code reads ${SEARCH_ENGINE} format ${SEARCH_FORMAT}` };
  }
  const json = (saved.json ?? {}) as Partial<Record<(typeof KINDS)[number], unknown>>;
  const out: Partial<TermTablesByKind> = {};
  for (const k of KINDS) {
    const terms = savedTerms(json[k], saved.tables);
    if (!terms) return { refused: `the saved search tables are damaged (${k})` };
    if (terms.size !== sizes[k]) return { refused: `the saved search tables are for ${terms.size} ${k}, the index has ${sizes[k]}` };
    out[k] = TermIndex.restore(terms);
  }
  return out as TermTablesByKind;
}

function savedTerms(raw: unknown, tables: readonly Int32Array[]): SavedTerms | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const k = raw as Partial<SavedKind>;
  if (typeof k.size !== 'number' || !Array.isArray(k.words)) return null;
  const [postings, from, sequence, offsets] = ARRAYS.map((name) => {
    const i = k[name];
    return typeof i === 'number' && Number.isInteger(i) ? tables[i] : undefined;
  });
  if (!postings || !from || !sequence || !offsets) return null;
  return { size: k.size, words: k.words, postings, from, sequence, offsets };
}
