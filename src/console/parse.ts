import { COMMAND_TABLE, commandNamed, isQuery, missingArgs, type ArgSpec, type QueryName } from '../answer/commands.js';

/** A console line split into a command and its arguments, the way the slash commands take them. */
export type ConsoleInput =
  | { kind: 'query'; name: QueryName; args: string[] }
  | { kind: 'reindex' }
  | { kind: 'add'; source: string }
  | { kind: 'remove'; id: string }
  | { kind: 'page'; step: 1 | -1 }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** Console-only words: leaving, and paging through the last answer's results. */
const QUIT = new Set(['quit', 'exit']);
/** Short console names for the table's /addsource and /removesource. */
const ALIASES = new Map([
  ['add', 'addsource'],
  ['remove', 'removesource'],
]);
const PAGE = new Map<string, 1 | -1>([
  ['more', 1],
  ['next', 1],
  ['prev', -1],
  ['previous', -1],
]);

/**
 * `/quote immigrants speaker: Jane Smith` → topic + speaker: every argument after the first is
 * written `name: value`, as Discord shows options. A line without a leading slash is /ask, so
 * people can simply type a question. Commands and their arguments come from the command table.
 */
export function parseConsoleLine(line: string): ConsoleInput {
  const trimmed = line.trim();
  if (!trimmed) return { kind: 'empty' };
  if (!trimmed.startsWith('/')) return { kind: 'query', name: 'ask', args: [trimmed] };
  const [head, ...rest] = trimmed.slice(1).split(/\s+/);
  const word = head.toLowerCase();
  if (QUIT.has(word)) return { kind: 'quit' };
  const step = PAGE.get(word);
  if (step) return { kind: 'page', step };
  const name = commandNamed(ALIASES.get(word) ?? word);
  if (!name) return { kind: 'error', message: `Unknown command /${head}. Type /help for the list.` };
  if (name === 'addsource' || name === 'removesource') return libraryInput(name, rest.join(' ').trim());
  if (!isQuery(name)) return { kind: 'reindex' };
  const args = splitArgs(rest.join(' '), COMMAND_TABLE[name].args);
  if (missingArgs(name, args).length) {
    return { kind: 'error', message: `Usage: ${usage(name)}` };
  }
  return { kind: 'query', name, args };
}

/** `/add <url|path>` and `/remove <id>`: one argument, the rest of the line. */
function libraryInput(name: 'addsource' | 'removesource', arg: string): ConsoleInput {
  if (name === 'addsource') return arg ? { kind: 'add', source: arg } : { kind: 'error', message: 'Usage: /add <url|path>' };
  return arg ? { kind: 'remove', id: arg } : { kind: 'error', message: 'Usage: /remove <id> (the ids are in /sources)' };
}

/** The first argument is the text up to the first `name:` label of a later one. */
function splitArgs(text: string, specs: readonly ArgSpec[]): string[] {
  if (specs.length === 0) return [];
  const later = specs.slice(1).map((s) => s.name);
  if (later.length === 0) return [text.trim()];
  const label = new RegExp(`(?:^|\\s)(${later.join('|')}):\\s*`, 'gi');
  const marks = [...text.matchAll(label)];
  const values = new Map<string, string>();
  marks.forEach((m, i) => values.set(m[1].toLowerCase(), text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length).trim()));
  const first = text.slice(0, marks[0]?.index ?? text.length).trim();
  return [first, ...later.map((n) => values.get(n) ?? '')];
}

function usage(name: QueryName): string {
  const later = COMMAND_TABLE[name].args.slice(1).map((a) => `[${a.name}: <${a.name}>]`);
  return [COMMAND_TABLE[name].usage.replace(/ \[[^\]]*\]$/, ''), ...later].join(' ');
}
