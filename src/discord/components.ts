import { createHash } from 'node:crypto';
import { COMMAND_ROWS, COMMAND_TABLE, isPaged, type PagedName } from '../answer/commands.js';

/**
 * Buttons carry everything they need in their custom id (≤ 100 chars), so they keep working
 * across restarts without server-side state. The stamp names the corpus the results came from:
 * after a reindex that changed the corpus, old buttons are answered as expired instead of
 * silently showing different results.
 */
export const CUSTOM_ID_MAX = 100;
const VERSION = 'v1';
const SEP = '|';

export type PagedCommand = PagedName;
/** The command table's one-letter codes; a Map, so a code like `__proto__` finds nothing, not the prototype. */
const PAGED = new Map<string, PagedCommand>(COMMAND_ROWS.flatMap((row) => (row.page && isPaged(row.name) ? [[row.page.code, row.name] as const] : [])));
/** Plain decimal, no sign, padding, exponent, hex or blank: what pageId writes and nothing else. */
const PAGE = /^(?:0|[1-9][0-9]{0,5})$/;

export type ButtonAction =
  | { kind: 'page'; command: PagedCommand; page: number; stamp: string; args: string[] }
  | { kind: 'context'; recordId: string; stamp: string };

/** A short digest of the corpus an index was built from. */
export function indexStamp(corpusHash: string): string {
  return createHash('sha256').update(corpusHash).digest('base64url').slice(0, 6);
}

/** The custom id for a page of results, or null when the query is too long to carry. */
export function pageId(command: PagedCommand, page: number, stamp: string, args: string[]): string | null {
  // The separator inside user text would split it wrongly; a slash searches the same.
  const clean = args.map((a) => a.replaceAll(SEP, '/'));
  return fit([VERSION, 'p', COMMAND_TABLE[command].page.code, String(page), stamp, ...clean].join(SEP));
}

export function contextId(recordId: string, stamp: string): string | null {
  return fit([VERSION, 'c', stamp, recordId].join(SEP));
}

/** Null for anything this bot did not make (or an older format): the caller answers politely. */
export function parseCustomId(id: string): ButtonAction | null {
  const parts = id.split(SEP);
  if (parts[0] !== VERSION) return null;
  if (parts[1] === 'p' && parts.length >= 5) {
    const command = PAGED.get(parts[2]);
    if (!command || !PAGE.test(parts[3])) return null;
    return { kind: 'page', command, page: Number(parts[3]), stamp: parts[4], args: parts.slice(5) };
  }
  if (parts[1] === 'c' && parts.length >= 4) {
    return { kind: 'context', stamp: parts[2], recordId: parts.slice(3).join(SEP) };
  }
  return null;
}

function fit(id: string): string | null {
  return id.length <= CUSTOM_ID_MAX ? id : null;
}
