import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../model/answer.js';
import { COMMAND_ROWS, COMMAND_TABLE, commandNamed, isQuery, missingArgs, type ArgSpec, type QueryName } from '../answer/commands.js';
import type { CoverageService } from '../service/coverage.js';

/**
 * One line of a batch: what a newsroom script asks, any query command of the table. Arguments go
 * by their table names (`{"command": "speakers", "topic": "…", "outlet": "…"}`); `text` always
 * stands for the first one (`{"command": "ask", "text": "…"}`).
 */
export interface BatchRequest {
  command: QueryName;
  /** The arguments in the table's order, trailing empty ones left out. */
  args: string[];
}

/** A batch line longer than this is refused unread: no question needs it, and it would be held whole. */
export const MAX_BATCH_LINE = 10_000;

const QUERIES = COMMAND_ROWS.map((c) => c.name).filter(isQuery);

/** A request, or why the line cannot be used, in words a script author can act on. */
export function parseBatchLine(line: string): BatchRequest | { error: string } {
  if (line.length > MAX_BATCH_LINE) return { error: `line too long (${line.length} characters, limit ${MAX_BATCH_LINE})` };
  if (!line.trim()) return { error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object like {"command": "ask", "text": "..."}' };
  const fields = value as Record<string, unknown>;
  const name = typeof fields.command === 'string' ? commandNamed(fields.command) : null;
  if (!name || !isQuery(name)) return { error: `"command" must be one of ${QUERIES.join(', ')}` };
  const specs: readonly ArgSpec[] = COMMAND_TABLE[name].args;
  const args: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const given = fields[spec.name] ?? (i === 0 ? fields.text : undefined);
    if (given !== undefined && typeof given !== 'string') return { error: `"${fields[spec.name] === undefined ? 'text' : spec.name}" must be a string` };
    args.push(given ?? '');
  }
  while (args.length && !args[args.length - 1]) args.pop();
  const missing = missingArgs(name, args).map((m) => (m === specs[0]?.name ? '"text"' : `"${m}"`));
  if (missing.length) return { error: `"${name}" needs ${missing.join(' and ')}` };
  return { command: name, args };
}

/**
 * Answers JSON Lines from `input` over one index, one JSON line out per line in, in order: the
 * Answer `--json` prints, or `{"error": …}`. Lines are read as they come, so memory does not grow
 * with the number of questions.
 */
export async function runBatch(service: CoverageService, input: Readable, output: Writable): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lines++;
    const request = parseBatchLine(line);
    const out = 'error' in request ? request : await answerOf(service, request);
    if ('error' in out) errors++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

async function answerOf(service: CoverageService, request: BatchRequest): Promise<Answer | { error: string }> {
  try {
    return await service.answerAsync(request.command, request.args);
  } catch (err) {
    return { error: `could not answer: ${err instanceof Error ? err.message : String(err)}` };
  }
}
